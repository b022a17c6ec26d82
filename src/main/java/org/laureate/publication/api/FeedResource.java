package org.laureate.publication.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laureate.publication.boundary.LaureateService;
import org.laureate.publication.boundary.Publication;

/**
 * The Atom 1.0 feed of what the platform publishes: each cycle's laureates, each list of candidates, each amendment.
 * Its texts are in Russian, the prize's working language.
 */
@Path("feed.atom")
@RequestScoped
@Tag(name = "Open data")
public class FeedResource {

    static final String ATOM = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Inject
    LaureateService laureates;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Produces(ATOM + "; charset=UTF-8")
    @Operation(summary = "The feed of publications", description = "Atom 1.0: each cycle's laureates, each list of"
            + " candidates and each amendment, as published on the platform, the latest first.")
    @APIResponse(responseCode = "200", description = "The Atom feed", content = @Content(mediaType = ATOM,
            schema = @Schema(type = SchemaType.STRING)))
    public String feed() {
        var publications = laureates.publications();
        var bundle = ResourceBundle.getBundle("org.laureate.i18n.messages", RUSSIAN);
        var api = uri.getBaseUri().toString();
        var site = api.replaceFirst("api/?$", "");
        var archive = site + "publication/archive.xhtml";
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "ru");
            element(xml, "id", urn("feed"));
            element(xml, "title", bundle.getString("feed.title"));
            element(xml, "updated", time(publications.isEmpty() ? clock.instant() : publications.get(0).updated()));
            link(xml, "self", api + (api.endsWith("/") ? "" : "/") + "feed.atom");
            link(xml, "alternate", archive);
            xml.writeStartElement("author");
            element(xml, "name", bundle.getString("general.prize.name"));
            xml.writeEndElement();
            for (var publication : publications) {
                xml.writeStartElement("entry");
                element(xml, "id", urn(publication.kind() + "/" + publication.key()));
                element(xml, "title", title(bundle, publication));
                element(xml, "updated", time(publication.updated()));
                link(xml, "alternate",
                        archive + "?cycle=" + URLEncoder.encode(publication.cycle(), StandardCharsets.UTF_8));
                element(xml, "summary", publication.cycle() + ": " + publication.title());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String title(ResourceBundle bundle, Publication publication) {
        var key = switch (publication.kind()) {
            case LAUREATES -> "feed.entry.laureates";
            case CANDIDATES -> "feed.entry.candidates";
            case AMENDMENT -> "feed.entry.amendment";
        };
        return MessageFormat.format(bundle.getString(key), publication.cycle(), publication.title());
    }

    /** A stable identifier of a publication, the same at every reading of the feed. */
    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("laureate:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
