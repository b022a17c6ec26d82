package org.laureate.nomination;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.cycle.entity.Milestone;
import org.laureate.nomination.control.MaterialInspector;
import org.laureate.nomination.entity.Material;
import org.laureate.nomination.entity.MaterialKind;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
import org.laureate.nomination.entity.PublicityForm;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.platform.Country;

/** Petitions for unit tests: the 2025–2026 cycle, whose call ran from 1 October 2024 to 31 January 2025. */
public final class Petitions {

    public static final Instant DURING_CALL = Instant.parse("2024-12-10T09:00:00Z");
    public static final Instant AFTER_CALL = Instant.parse("2025-02-01T09:00:00Z");
    public static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Petitions() {
    }

    public static AwardCycle cycle() {
        var cycle = AwardCycle.forYears(2025);
        cycle.schedule(Milestone.EXPERT_FIRST_MEETING, LocalDate.of(2025, 6, 19));
        cycle.schedule(Milestone.EXPERT_FINAL_MEETING, LocalDate.of(2025, 10, 17));
        cycle.schedule(Milestone.SUPREME_STATE_COUNCIL, LocalDate.of(2026, 2, 26));
        cycle.advanceTo(CyclePhase.CALL_OPEN, cycle.getCallOpensAt());
        return cycle;
    }

    public static Organisation verified(Country country) {
        var organisation = new Organisation("Союз композиторов", null, OrganisationKind.CREATIVE_UNION, country);
        organisation.verify();
        return organisation;
    }

    public static Nominee author(String name, String citizenship) {
        return new Nominee(name, null, LocalDate.of(1960, 1, 1), citizenship, null, null);
    }

    /** A draft with every part filled in, eligible for submission. */
    public static Nomination complete(AwardCycle cycle, Country country) {
        var nomination = Nomination.draft(cycle, verified(country), DURING_CALL);
        nomination.addNominee(author("Виталий Кульбаков", country.name()), DURING_CALL);
        nomination.describeWork("Концертные программы", ArtField.MUSIC, PublicityForm.PREMIERE,
                LocalDate.of(2023, 11, 7), null, DURING_CALL);
        nomination.giveReasons("Вклад в дружбу народов", DURING_CALL);
        nomination.addMaterial(Material.file(MaterialKind.DOCUMENT, "Программа", "programme.pdf", "application/pdf",
                PDF, MaterialInspector.sha256(PDF), DURING_CALL), DURING_CALL);
        return nomination;
    }
}
