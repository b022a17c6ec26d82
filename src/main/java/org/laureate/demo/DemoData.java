package org.laureate.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laureate.council.entity.CouncilMember;
import org.laureate.cycle.boundary.CycleForm;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.cycle.entity.CycleStep;
import org.laureate.cycle.entity.Milestone;
import org.laureate.nomination.entity.Material;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.nomination.entity.Nominee;
import org.laureate.nomination.entity.PublicityForm;
import org.laureate.organisation.entity.LegalDetails;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.Config;
import org.laureate.platform.Country;
import org.laureate.scoring.entity.Ballot;
import org.laureate.scoring.entity.CredentialIssue;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.boundary.PasswordHashing;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/**
 * Loads the demo data on first start: the 2025–2026 cycle with its real calendar, organisations of both countries and
 * an account for every role (README, "Demo accounts"). It loads into the embedded default database only, unless {@code
 * LAUREATE_DEMO=true} asks for it explicitly, and never twice.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DemoData {

    /** The password of every demo account. */
    public static final String PASSWORD = "laureate-demo";

    /**
     * The second factor's secret (Base32) of every demo account whose role needs one, enrolled already: its code is
     * {@code oathtool --totp -b LAUREATEDEMOSECRETFORTHEDEMOONLY}.
     */
    public static final String TOTP_SECRET = "LAUREATEDEMOSECRETFORTHEDEMOONLY";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How long the demo's open call stays open at least, from the loading of the demo data. */
    static final Duration CALL_OPEN_AT_LEAST = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = Config.DEMO, defaultValue = "auto")
    String demo;

    @Inject
    @ConfigProperty(name = Config.DB_URL)
    String databaseUrl;

    @PostConstruct
    void load() {
        boolean wanted = "true".equals(demo) || "auto".equals(demo) && databaseUrl.startsWith("jdbc:h2:");
        if (!wanted || em.createQuery("SELECT COUNT(c) FROM AwardCycle c", Long.class).getSingleResult() > 0) {
            return;
        }
        var cycle2025 = cycle2025();
        em.persist(cycle2025);
        em.persist(cycle2027(clock.instant()));
        var composers = organisation("Белорусский союз композиторов", "Беларускі саюз кампазітараў",
                OrganisationKind.CREATIVE_UNION, Country.BY, true);
        var historyMuseum = organisation("Национальный исторический музей Республики Беларусь",
                "Нацыянальны гістарычны музей Рэспублікі Беларусь", OrganisationKind.CULTURAL_INSTITUTION, Country.BY,
                true);
        var university = organisation("Белорусский государственный университет культуры и искусств",
                "Беларускі дзяржаўны ўніверсітэт культуры і мастацтваў", OrganisationKind.UNIVERSITY, Country.BY, true);
        organisation("Издательский дом «Звязда»", "Выдавецкі дом «Звязда»", OrganisationKind.PUBLISHER, Country.BY,
                false);
        var museum = organisation("Музей Победы", null, OrganisationKind.CULTURAL_INSTITUTION, Country.RU, true);
        var vgik = organisation("Всероссийский государственный институт кинематографии имени С. А. Герасимова", null,
                OrganisationKind.UNIVERSITY, Country.RU, true);
        var artists = organisation("Союз художников России", null, OrganisationKind.CREATIVE_UNION, Country.RU, true);
        organisation("Союз композиторов России", null, OrganisationKind.CREATIVE_UNION, Country.RU, false);
        var theatre = organisation("Национальный академический Большой театр оперы и балета Республики Беларусь",
                "Нацыянальны акадэмічны Вялікі тэатр оперы і балета Рэспублікі Беларусь",
                OrganisationKind.CULTURAL_INSTITUTION, Country.BY, true);
        var writersBy = organisation("Союз писателей Беларуси", "Саюз пісьменнікаў Беларусі",
                OrganisationKind.CREATIVE_UNION, Country.BY, true);
        var writersRu = organisation("Союз писателей России", null, OrganisationKind.CREATIVE_UNION, Country.RU, true);
        var russianMuseum = organisation("Государственный Русский музей", null,
                OrganisationKind.CULTURAL_INSTITUTION, Country.RU, true);
        em.flush();
        petitions2025(cycle2025, new Organisation[] {composers, historyMuseum, university, theatre, writersBy},
                new Organisation[] {museum, vgik, artists, writersRu, russianMuseum});

        account("admin", "Секретариат Постоянного Комитета", Set.of(Role.ADMIN), null, null);
        account("org-by", "Ірына Каваленка", Set.of(Role.ORGANISATION), null, composers);
        account("org-ru", "Анна Смирнова", Set.of(Role.ORGANISATION), null, museum);
        account("org-ru2", "Пётр Иванов", Set.of(Role.ORGANISATION), null, museum);
        account("ministry-by", "Министерство культуры Республики Беларусь", Set.of(Role.MINISTRY), Country.BY, null);
        account("ministry-ru", "Министерство культуры Российской Федерации", Set.of(Role.MINISTRY), Country.RU, null);
        var expert = account("expert", "Алексей Громов", Set.of(Role.EXPERT), null, null);
        var chairBy = account("chair-by", "Сопредседатель Экспертного совета (Беларусь)", Set.of(Role.EXPERT_CHAIR),
                null, null);
        var chairRu = account("chair-ru", "Сопредседатель Экспертного совета (Россия)", Set.of(Role.EXPERT_CHAIR),
                null, null);
        account("council", "Секретарь Совета Министров Союзного государства", Set.of(Role.COUNCIL), null, null);
        var members = new Account[] {
            account("expert2", "Людмила Сергеенко", Set.of(Role.EXPERT), null, null),
            account("expert3", "Янка Лукша", Set.of(Role.EXPERT), null, null),
            account("expert4", "Ольга Березина", Set.of(Role.EXPERT), null, null),
            account("expert5", "Михаил Руденко", Set.of(Role.EXPERT), null, null)
        };
        em.flush();
        describeOrganisations();
        council2025(cycle2025, chairBy, chairRu, expert, members, museum);
        LOG.info("Demo data loaded: the 2025–2026 cycle with 10 petitions, its Expert Council and open round,"
                + " the 2027–2028 cycle, 12 organisations, 14 accounts");
    }

    /** The legal details and contacts of the demo organisations, which the ministries' review shows. */
    private void describeOrganisations() {
        var organisations = em.createQuery("SELECT o FROM Organisation o ORDER BY o.id", Organisation.class)
                .getResultList();
        for (int i = 0; i < organisations.size(); i++) {
            var organisation = organisations.get(i);
            boolean belarusian = organisation.getCountry() == Country.BY;
            String number = belarusian ? String.format("1900%05d", 1201 + i) : String.format("102770%07d", 4301 + i);
            String address = belarusian ? "220030, г. Минск, ул. Кирова, " + (8 + i)
                    : "121170, г. Москва, ул. Братьев Фонченко, " + (10 + i);
            String contact = belarusian ? "Ірына Каваленка" : "Анна Смирнова";
            organisation.describe(new LegalDetails(number, address, contact,
                    "contact" + organisation.getId() + "@laureate.example"));
        }
    }

    private static AwardCycle cycle2025() {
        var cycle = AwardCycle.forYears(2025);
        // June 2025, in Moscow: the day itself is not published
        cycle.schedule(Milestone.EXPERT_FIRST_MEETING, LocalDate.of(2025, 6, 19));
        cycle.schedule(Milestone.EXPERT_FINAL_MEETING, LocalDate.of(2025, 10, 17));
        cycle.schedule(Milestone.SUPREME_STATE_COUNCIL, LocalDate.of(2026, 2, 26));
        cycle.advanceTo(CyclePhase.CALL_OPEN, cycle.getCallOpensAt());
        cycle.advanceTo(CyclePhase.CALL_CLOSED, cycle.getCallClosesAt());
        return cycle;
    }

    /**
     * Ten petitions of the 2025–2026 call in every state, modelled on that cycle's nominees (docs/domain.md); the other
     * authors and works are invented. Each step happens at a moment of the real call (1 October 2024 – 31 January
     * 2025).
     */
    private void petitions2025(AwardCycle cycle, Organisation[] belarus, Organisation[] russia) {
        var kulbakov = petition(cycle, belarus[0], "Концертные программы Национального президентского оркестра",
                ArtField.MUSIC, PublicityForm.PREMIERE, LocalDate.of(2023, 11, 7),
                "Видеозапись концерта", author("Виталий Кульбаков", "Віталь Кульбакоў", 1966, "BY"));
        submit(kulbakov, 1, "2024-12-02");
        kulbakov.admit(at("2025-02-14"));

        var museum = petition(cycle, belarus[1], "Экспозиция «Беларусь и Россия: общая память»",
                ArtField.VISUAL_ARTS, PublicityForm.EXHIBITION_OPENING, LocalDate.of(2023, 7, 3),
                "Виртуальный тур по экспозиции", author("Андрей Ковалёв", "Андрэй Кавалёў", 1971, "BY"),
                author("Наталья Мельник", "Наталля Мельнік", 1979, "BY"));
        submit(museum, 2, "2025-01-15");

        var book = petition(cycle, belarus[2], "Белорусско-русские литературные связи XX века",
                ArtField.LITERARY_AND_ART_STUDIES, PublicityForm.PUBLICATION, LocalDate.of(2023, 4, 20),
                "Страница издания", author("Ольга Савицкая", "Вольга Савіцкая", 1958, "BY"));
        submit(book, 3, "2024-11-20");
        book.returnForCorrection("Приложите выходные данные издания и отзывы специалистов", at("2024-12-05"));

        var ballet = petition(cycle, belarus[3], "Балет «Память»", ArtField.THEATRE, PublicityForm.PREMIERE,
                LocalDate.of(2023, 5, 9), "Видеозапись спектакля", author("Игорь Лукашевич", "Ігар Лукашэвіч", 1969,
                        "BY"), author("Мария Соколова", null, 1982, "RU"));
        submit(ballet, 4, "2025-01-28");

        var poems = petition(cycle, belarus[4], "Сборник стихов «Дзве сястры»", ArtField.LITERATURE,
                PublicityForm.PUBLICATION, LocalDate.of(2022, 10, 1), "Страница книги",
                author("Алесь Бурак", "Алесь Бурак", 1962, "BY"));
        submit(poems, 5, "2025-01-30");

        var exhibition = petition(cycle, russia[0],
                "Выставка «Бессмертие подвига. К 80-летию освобождения Беларуси»", ArtField.VISUAL_ARTS,
                PublicityForm.EXHIBITION_OPENING, LocalDate.of(2024, 2, 22), "Страница выставки",
                author("Любовь Подлеснова", null, 1968, "RU"), author("Надежда Бабенко", null, 1974, "RU"));
        submit(exhibition, 1, "2024-12-18");
        exhibition.admit(at("2025-02-12"));

        var film = petition(cycle, russia[1], "Кинообразование: совместные образовательные проекты государств СНГ",
                ArtField.AUDIOVISUAL, PublicityForm.BROADCAST, LocalDate.of(2023, 9, 1), "Фильм о проекте",
                author("Владимир Малышев", null, 1955, "RU"), author("Ирина Зернова", null, 1963, "RU"),
                author("Нина Кочеляева", null, 1960, "RU"), author("Диана Коблянкова", null, 1985, "RU"));
        submit(film, 2, "2025-01-10");
        film.admit(at("2025-02-12"));

        var paintings = petition(cycle, russia[2], "Серия живописных полотен «Дороги дружбы»",
                ArtField.VISUAL_ARTS, PublicityForm.EXHIBITION_OPENING, LocalDate.of(2024, 5, 10),
                "Каталог выставки", author("Сергей Орлов", null, 1970, "RU"));
        submit(paintings, 3, "2025-01-20");
        paintings.reject("Произведение обнародовано после 1 марта 2024 года", at("2025-02-10"));

        var novel = petition(cycle, russia[3], "Роман «Полоцкий шлях»", ArtField.LITERATURE,
                PublicityForm.PUBLICATION, LocalDate.of(2023, 2, 14), "Страница книги",
                author("Павел Громов", null, 1966, "RU"));
        submit(novel, 4, "2024-10-21");
        novel.withdraw("Автор снял свою кандидатуру", at("2024-11-11"));

        petition(cycle, russia[4], "Альбом «Архитектура Полоцка и Пскова»", ArtField.DESIGN,
                PublicityForm.PUBLICATION, LocalDate.of(2023, 12, 1), "Страница альбома",
                author("Инесса Волкова", null, 1961, "RU"));
    }

    private Nomination petition(AwardCycle cycle, Organisation organisation, String title, ArtField field,
            PublicityForm form, LocalDate madePublic, String linkTitle, Nominee... authors) {
        var drafted = at("2024-10-15");
        var nomination = Nomination.draft(cycle, organisation, drafted);
        for (Nominee author : authors) {
            nomination.addNominee(author, drafted);
        }
        nomination.describeWork(title, field, form, madePublic, null, drafted);
        nomination.giveReasons("Произведение вносит значительный вклад в укрепление братства, дружбы и"
                + " всестороннего сотрудничества народов Беларуси и России.", drafted);
        nomination.addMaterial(Material.link(linkTitle, "https://example.org/laureate/" + organisation.getId(),
                drafted), drafted);
        em.persist(nomination);
        return nomination;
    }

    private static void submit(Nomination nomination, int sequence, String day) {
        nomination.submit(at(day), sequence);
    }

    private static Nominee author(String nameRu, String nameBe, int born, String citizenship) {
        return new Nominee(nameRu, nameBe, LocalDate.of(born, 6, 1), citizenship, null, null);
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(AwardCycle.CAPITALS).toInstant();
    }

    /**
     * The cycle whose call opened on 1 October 2026 and is open until the end of 31 January 2027; its meetings are
     * planned on the pattern of the 2025–2026 cycle. Demo data loaded less than {@link #CALL_OPEN_AT_LEAST} before
     * that end, or after it, keep the call open until that long after {@code loadedAt}, the meetings moved as much
     * later, so that an organisation can always start a petition in the demo.
     */
    static AwardCycle cycle2027(Instant loadedAt) {
        var cycle = AwardCycle.forYears(2027);
        var closesAt = loadedAt.plus(CALL_OPEN_AT_LEAST);
        long later = 0;
        if (closesAt.isAfter(cycle.getCallClosesAt())) {
            later = Duration.between(cycle.getCallClosesAt(), closesAt).toDays() + 1;
            var terms = CycleForm.of(cycle);
            terms.setCallCloses(closesAt.atZone(AwardCycle.CAPITALS).toLocalDateTime());
            cycle.revise(terms.toTerms());
        }
        cycle.schedule(Milestone.EXPERT_FIRST_MEETING, LocalDate.of(2027, 6, 17).plusDays(later));
        cycle.schedule(Milestone.EXPERT_FINAL_MEETING, LocalDate.of(2027, 10, 15).plusDays(later));
        cycle.schedule(Milestone.SUPREME_STATE_COUNCIL, LocalDate.of(2028, 2, 24).plusDays(later));
        cycle.advanceTo(CyclePhase.CALL_OPEN, cycle.getCallOpensAt());
        return cycle;
    }

    private Organisation organisation(String nameRu, String nameBe, OrganisationKind kind, Country country,
            boolean verified) {
        var organisation = new Organisation(nameRu, nameBe, kind, country);
        if (verified) {
            organisation.verify();
        }
        em.persist(organisation);
        return organisation;
    }

    private Account account(String username, String fullName, Set<Role> roles, Country country,
            Organisation organisation) {
        var account = new Account(username, passwords.hash(PASSWORD), fullName, username + "@laureate.example");
        account.assign(roles, country, organisation == null ? null : organisation.getId());
        if (account.needsSecondFactor()) {
            account.enrolSecondFactor(TOTP_SECRET, 0);
        }
        em.persist(account);
        return account;
    }

    /**
     * The Expert Council of 2025–2026: the two co-chairs, {@code expert} and four more members, one of whom belongs to
     * the Victory Museum and so is recused from its petition; and the round "Selection of candidates", open from a day
     * before the demo was loaded for thirty days, on which the four other members have already cast their ballots:
     * anonymous ballots with random receipts, as if cast with credentials those members were issued (and no longer
     * hold, so that they cannot revise them).
     */
    private void council2025(AwardCycle cycle, Account chairBy, Account chairRu, Account expert, Account[] members,
            Organisation museum) {
        em.persist(new CouncilMember(cycle.getId(), chairBy.getId(), true, Country.BY, null));
        em.persist(new CouncilMember(cycle.getId(), chairRu.getId(), true, Country.RU, null));
        em.persist(new CouncilMember(cycle.getId(), expert.getId(), false, Country.RU, null));
        var seats = new CouncilMember[members.length];
        for (int i = 0; i < members.length; i++) {
            seats[i] = new CouncilMember(cycle.getId(), members[i].getId(), false, i % 2 == 0 ? Country.RU : Country.BY,
                    i == 0 ? museum.getId() : null);
            em.persist(seats[i]);
        }
        var admitted = em.createQuery("SELECT n FROM Nomination n WHERE n.cycle = :cycle AND n.status = :admitted"
                + " ORDER BY n.registrationNumber", Nomination.class)
                .setParameter("cycle", cycle)
                .setParameter("admitted", NominationStatus.ADMITTED)
                .getResultList();
        var now = clock.instant();
        var round = new ScoringRound(cycle.getId(), "Отбор соискателей", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), ScoringRound.equalWeights(), RankingRule.TRIMMED_MEAN,
                admitted.stream().map(Nomination::getId).toList());
        em.persist(round);
        em.flush();
        cycle.follow(CycleStep.ROUND_OPENED);
        int[][] scores = {{8, 9, 7}, {6, 7, 6}, {9, 8, 9}, {7, 6, 8}, {5, 7, 6}, {9, 9, 8}, {8, 7, 7}, {6, 8, 7},
            {7, 9, 8}, {8, 8, 6}, {9, 7, 9}, {6, 6, 7}};
        int next = 0;
        for (int i = 0; i < members.length; i++) {
            em.persist(new CredentialIssue(round.getId(), members[i].getId()));
            for (var petition : admitted) {
                if (Objects.equals(seats[i].getOrganisationId(), petition.getOrganisation().getId())) {
                    continue;
                }
                var given = scores[next++ % scores.length];
                var token = new byte[64];
                RANDOM.nextBytes(token);
                em.persist(new Ballot(round.getId(), petition.getId(), BlindRsa.receipt(token),
                        Map.of(Criterion.ARTISTIC_MERIT, given[0], Criterion.FRIENDSHIP, given[1],
                                Criterion.SIGNIFICANCE, given[2])));
            }
        }
    }
}
