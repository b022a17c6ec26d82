package org.laureate.publication.web;

import java.io.Serializable;

/** What a visitor types into the comment form of one candidate. */
public class CommentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String authorName;
    private String body;

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
