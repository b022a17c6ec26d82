package org.laureate.nomination.entity;

/** A material attached to a petition: an uploaded PDF document, an uploaded image, or a link to audio or video. */
public enum MaterialKind {
    DOCUMENT,
    IMAGE,
    LINK
}
