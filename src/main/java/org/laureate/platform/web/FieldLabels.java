package org.laureate.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The label a user knows a field by, for a value that a boundary's constraints refused: the words of the form's own
 * label (its key in the message bundles), found by the last name of the constraint's property path
 * ({@code addNominee.arg1.fullNameRu} is the field "Full name (in Russian)"). A refusal never shows the internal path;
 * where a name has no label (or several fields share it), the message stands alone.
 */
public final class FieldLabels {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("address", "register.address"),
            Map.entry("adoptedOn", "decisions.adoptedOn"),
            Map.entry("artField", "petition.work.artField"),
            Map.entry("authorName", "publication.comment.authorName"),
            Map.entry("biography", "petition.nominee.biography"),
            Map.entry("bornOn", "petition.nominee.bornOn"),
            Map.entry("callCloses", "cycle.callCloses"),
            Map.entry("callClosesAt", "cycle.callCloses"),
            Map.entry("callOpens", "cycle.callOpens"),
            Map.entry("callOpensAt", "cycle.callOpens"),
            Map.entry("citizenship", "petition.nominee.citizenship"),
            Map.entry("closesAt", "scoring.admin.closesAt"),
            Map.entry("contactEmail", "register.contactEmail"),
            Map.entry("contactPerson", "register.contactPerson"),
            Map.entry("country", "general.country"),
            Map.entry("decisionReason", "petition.decisionReason"),
            Map.entry("description", "petition.work.description"),
            Map.entry("email", "accounts.email"),
            Map.entry("finalists", "votes.finalists"),
            Map.entry("fullName", "accounts.fullName"),
            Map.entry("fullNameBe", "petition.nominee.fullNameBe"),
            Map.entry("fullNameRu", "petition.nominee.fullNameRu"),
            Map.entry("heldOn", "votes.heldOn"),
            Map.entry("kind", "register.kind"),
            Map.entry("language", "general.language"),
            Map.entry("legalNumber", "register.legalNumber"),
            Map.entry("madePublicOn", "petition.work.madePublicOn"),
            Map.entry("maxCollectiveSize", "cycle.maxCollectiveSize"),
            Map.entry("milestones", "cycle.milestones"),
            Map.entry("minBallots", "cycle.minBallots"),
            Map.entry("nameBe", "register.nameBe"),
            Map.entry("nameRu", "register.nameRu"),
            Map.entry("opensAt", "scoring.admin.opensAt"),
            Map.entry("password", "login.password"),
            Map.entry("passwordRepeated", "register.passwordRepeated"),
            Map.entry("place", "votes.place"),
            Map.entry("postAndTitles", "petition.nominee.postAndTitles"),
            Map.entry("prizeCount", "cycle.prizeCount"),
            Map.entry("publicityCutoff", "cycle.publicityCutoff"),
            Map.entry("publicityForm", "petition.work.publicityForm"),
            Map.entry("quorumDenominator", "cycle.quorumDenominator"),
            Map.entry("quorumNumerator", "cycle.quorumNumerator"),
            Map.entry("rankingRule", "scoring.admin.rankingRule"),
            Map.entry("reasons", "petition.reasons"),
            Map.entry("roles", "accounts.roles"),
            Map.entry("scan", "decisions.scan"),
            Map.entry("scores", "scoring.ballot.scores"),
            Map.entry("username", "login.username"));

    private FieldLabels() {
    }

    /** The bundle key of the label of the field a violation is about, when it has one. */
    public static Optional<String> of(ConstraintViolation<?> violation) {
        String leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node.getName();
        }
        return Optional.ofNullable(leaf).map(KEYS::get);
    }
}
