package org.laureate.nomination.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
import org.laureate.platform.CountryName;

/** Checks a petition against every eligibility rule of its cycle; the ministry sees which rule fails, and why. */
public class EligibilityPolicy {

    public List<EligibilityCheck> check(Nomination nomination) {
        var cycle = nomination.getCycle();
        List<EligibilityCheck> checks = new ArrayList<>();

        var missing = missingParts(nomination);
        checks.add(missing.isEmpty() ? EligibilityCheck.pass(EligibilityRule.REQUIRED_PARTS)
                : EligibilityCheck.fail(EligibilityRule.REQUIRED_PARTS, "eligibility.missing." + missing.get()));

        var foreigner = nomination.getNominees().stream()
                .filter(nominee -> !Nomination.CITIZENSHIPS.contains(nominee.getCitizenship()))
                .findFirst();
        checks.add(foreigner.isEmpty() ? EligibilityCheck.pass(EligibilityRule.CITIZENSHIP)
                : EligibilityCheck.fail(EligibilityRule.CITIZENSHIP, "eligibility.citizenship",
                        foreigner.get().getFullNameRu(), new CountryName(foreigner.get().getCitizenship())));

        var madePublic = nomination.getMadePublicOn();
        checks.add(madePublic == null || !madePublic.isAfter(cycle.getPublicityCutoff())
                ? EligibilityCheck.pass(EligibilityRule.PUBLICITY_DATE)
                : EligibilityCheck.fail(EligibilityRule.PUBLICITY_DATE, "eligibility.publicityDate",
                        madePublic.toString(), cycle.getPublicityCutoff().toString()));

        int authors = nomination.getNominees().size();
        checks.add(authors >= 1 && authors <= cycle.getMaxCollectiveSize()
                ? EligibilityCheck.pass(EligibilityRule.COLLECTIVE_SIZE)
                : EligibilityCheck.fail(EligibilityRule.COLLECTIVE_SIZE, "eligibility.collectiveSize", authors,
                        cycle.getMaxCollectiveSize()));

        var field = nomination.getArtField();
        checks.add(field == null || cycle.admits(field) ? EligibilityCheck.pass(EligibilityRule.ART_FIELD)
                : EligibilityCheck.fail(EligibilityRule.ART_FIELD, "eligibility.artField"));
        return checks;
    }

    /** The first rule the petition breaks, if any. */
    public Optional<EligibilityCheck> firstFailure(Nomination nomination) {
        return check(nomination).stream().filter(check -> !check.passed()).findFirst();
    }

    /** The first missing part, in the order the form asks for them. */
    private static Optional<String> missingParts(Nomination nomination) {
        if (nomination.getNominees().isEmpty()) {
            return Optional.of("nominees");
        }
        if (nomination.getWorkTitle() == null || nomination.getArtField() == null
                || nomination.getPublicityForm() == null || nomination.getMadePublicOn() == null) {
            return Optional.of("work");
        }
        if (nomination.getReasons() == null) {
            return Optional.of("reasons");
        }
        if (nomination.getMaterials().isEmpty()) {
            return Optional.of("materials");
        }
        return nomination.getNominees().stream().map(Nominee::getBornOn).anyMatch(Objects::isNull)
                ? Optional.of("nominees") : Optional.empty();
    }
}
