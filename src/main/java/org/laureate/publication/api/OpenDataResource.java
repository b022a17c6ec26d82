package org.laureate.publication.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;
import org.laureate.publication.boundary.LaureateFilter;
import org.laureate.publication.boundary.LaureateService;
import org.laureate.publication.entity.Award;

/**
 * The open data: the published laureates (paged, searched, filtered), the cycles and the published lists of
 * candidates, as JSON and as CSV. R14.5 Nothing recorded and not yet published is ever in them.
 */
@Path("/")
@RequestScoped
@Tag(name = "Open data", description = "Published laureates, cycles and lists of candidates")
public class OpenDataResource {

    static final String CSV = "text/csv; charset=UTF-8";
    private static final int CSV_BATCH = LaureateService.MAX_PAGE;

    @Inject
    LaureateService laureates;

    /** A page of the published laureates that match, the latest cycle first. */
    @GET
    @Path("laureates")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A page of published laureates", description = "The latest cycle first, then in the order"
            + " of the resolution. Every filter may be left out.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LaureatePage")))
    @APIResponse(responseCode = "400", description = "A parameter is out of range or not one of its values")
    public LaureatePage laureates(
            @Parameter(description = "The page, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    defaultValue = "1"))
            @QueryParam("page") @DefaultValue("1") int page,
            @Parameter(description = "The page's size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20"))
            @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "A cycle, \"2013–2014\" (or with a hyphen), or one of its years, \"2013\"")
            @QueryParam("cycle") String cycle,
            @Parameter(description = "The art field", schema = @Schema(implementation = ArtField.class))
            @QueryParam("artField") String artField,
            @Parameter(description = "An author's country", schema = @Schema(implementation = Country.class))
            @QueryParam("country") String country,
            @Parameter(description = "Words in the work's title or an author's name (Russian or Belarusian)")
            @QueryParam("q") String text) {
        if (page < 1 || size < 1 || size > LaureateService.MAX_PAGE) {
            throw new BadRequestException();
        }
        var filter = filter(cycle, artField, country, text);
        var items = laureates.search(filter, (page - 1) * size, size).stream().map(LaureateItem::of).toList();
        return new LaureatePage(page, size, laureates.count(filter), items);
    }

    /** Every published laureate that matches, as CSV. */
    @GET
    @Path("laureates.csv")
    @Produces(CSV)
    @Operation(summary = "The published laureates as CSV", description = "Every laureate that matches, with a header"
            + " row; several authors in one cell are separated by \"; \".")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A filter is not one of its values")
    public Response laureatesCsv(
            @Parameter(description = "A cycle, \"2013–2014\" (or with a hyphen), or one of its years, \"2013\"")
            @QueryParam("cycle") String cycle,
            @Parameter(description = "The art field", schema = @Schema(implementation = ArtField.class))
            @QueryParam("artField") String artField,
            @Parameter(description = "An author's country", schema = @Schema(implementation = Country.class))
            @QueryParam("country") String country,
            @Parameter(description = "Words in the work's title or an author's name (Russian or Belarusian)")
            @QueryParam("q") String text) {
        var filter = filter(cycle, artField, country, text);
        List<Award> all = new ArrayList<>();
        List<Award> batch;
        do {
            batch = laureates.search(filter, all.size(), CSV_BATCH);
            all.addAll(batch);
        } while (batch.size() == CSV_BATCH);
        return download("laureates.csv", OpenDataCsv.laureates(all));
    }

    /** Every cycle with published laureates or lists of candidates. */
    @GET
    @Path("cycles")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The cycles", description = "Every cycle with published laureates or a published list of"
            + " candidates, the latest first.")
    @APIResponse(responseCode = "200", description = "The cycles", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Cycles")))
    public List<CycleItem> cycles() {
        return laureates.cycles().stream().map(CycleItem::of).toList();
    }

    /** The cycles as CSV. */
    @GET
    @Path("cycles.csv")
    @Produces(CSV)
    @Operation(summary = "The cycles as CSV")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    public Response cyclesCsv() {
        return download("cycles.csv", OpenDataCsv.cycles(laureates.cycles()));
    }

    /** Every published list of candidates. */
    @GET
    @Path("candidates")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The published lists of candidates", description = "The latest first.")
    @APIResponse(responseCode = "200", description = "The lists", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CandidateLists")))
    public List<CandidateListItem> candidates() {
        return laureates.cycles().stream()
                .flatMap(cycle -> cycle.candidateLists().stream())
                .map(CandidateListItem::of)
                .toList();
    }

    /** The published lists of candidates as CSV, one row a candidate. */
    @GET
    @Path("candidates.csv")
    @Produces(CSV)
    @Operation(summary = "The published lists of candidates as CSV", description = "One row a candidate.")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    public Response candidatesCsv() {
        return download("candidates.csv", OpenDataCsv.candidates(candidates()));
    }

    private static LaureateFilter filter(String cycle, String artField, String country, String text) {
        return new LaureateFilter(blank(cycle) ? null : cycle,
                blank(artField) ? null : parse(ArtField.class, artField),
                blank(country) ? null : parse(Country.class, country), blank(text) ? null : text);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e);
        }
    }

    private static Response download(String name, String csv) {
        return Response.ok(csv, CSV).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
