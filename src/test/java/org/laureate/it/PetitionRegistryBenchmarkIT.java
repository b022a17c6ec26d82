package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.cycle.entity.ArtField;
import org.laureate.demo.DemoData;
import org.laureate.nomination.boundary.PetitionRegistryService;
import org.laureate.nomination.boundary.RegistryFilter;
import org.laureate.nomination.boundary.RegistrySort;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.platform.Country;

/**
 * The server time of the secretariat's petition list at 10,000 petitions: seeds them (with one to three authors each)
 * into one cycle, then times the registry's page query and count, as the list asks for them, for the first page, a
 * filtered page, a search, a sort by title and a deep page. Runs only when asked for:
 * {@code mvn -B verify -Dbenchmark=true -Dit.test=PetitionRegistryBenchmarkIT -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures are printed in the build's output.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfEnvironmentVariable(named = "LAUREATE_BENCHMARK", matches = "true")
class PetitionRegistryBenchmarkIT {

    private static final int PETITIONS = 10_000;
    private static final int PAGE = 25;
    private static final int WARM_UP = 30;
    private static final int RUNS = 100;
    private static final int ROWS_PER_INSERT = 500;

    private static final String[] WORDS = {"Песни", "военных", "лет", "Хатынь", "мемориал", "память", "подвиг",
        "Беларусь", "Русь", "речка", "калина", "симфония", "опера", "балет", "выставка", "фильм", "дружба", "братство",
        "Купала", "Пушкин", "Дон", "Кихот", "альбом", "цикл", "программа", "концерт", "роман", "поэма", "Зорка",
        "Ўзор"};
    private static final String[] FIRST = {"Иван", "Анна", "Виталий", "Любовь", "Надежда", "Владимир", "Ирина",
        "Нина", "Диана", "Сергей", "Юрий", "Алексей", "Ўладзімір", "Ірына", "Мікола"};
    private static final String[] LAST = {"Мисько", "Кульбаков", "Подлеснова", "Бабенко", "Малышев", "Зернова",
        "Кочеляева", "Скробот", "Храмой", "Петкевич", "Захарченко", "Федосеев", "Ярмоленко", "Орехов", "Гумилевский"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    PetitionSeeds seeds;


    @Inject
    PetitionRegistryService registry;

    @Resource(lookup = "java:app/jdbc/laureate")
    DataSource dataSource;

    @Test
    void theSecretariatsListAt10000Petitions() throws SQLException {
        var cycle = seeds.cycle(2031);
        long seedStarted = System.nanoTime();
        seed(cycle.getId(), cycle.getName());
        long seedMillis = (System.nanoTime() - seedStarted) / 1_000_000;
        Caller.signIn("admin", DemoData.PASSWORD);

        var all = new RegistryFilter();
        all.setCycleId(cycle.getId());
        assertThat(registry.count(all)).isEqualTo(PETITIONS);
        var filtered = new RegistryFilter();
        filtered.setCycleId(cycle.getId());
        filtered.setCountry(Country.BY);
        filtered.setArtField(ArtField.MUSIC);
        filtered.setStatus(NominationStatus.SUBMITTED);
        var byTitle = new RegistryFilter();
        byTitle.setCycleId(cycle.getId());
        byTitle.setText("хатынь");
        var byAuthor = new RegistryFilter();
        byAuthor.setCycleId(cycle.getId());
        byAuthor.setText("подлеснова");

        var report = new StringBuilder(String.format(Locale.ROOT,
                "%nRegistry benchmark: %d petitions seeded in %d ms; page of %d rows + count, %d runs after %d warm-up"
                        + "%n%-42s %8s %8s %8s%n", PETITIONS, seedMillis, PAGE, RUNS, WARM_UP, "case", "rows",
                "median", "p95"));
        measure(report, "first page (cycle, by registration number)", all, RegistrySort.REGISTRATION_NUMBER, 0);
        measure(report, "filtered page (BY, music, submitted)", filtered, RegistrySort.REGISTRATION_NUMBER, 0);
        measure(report, "search in titles (\"хатынь\")", byTitle, RegistrySort.REGISTRATION_NUMBER, 0);
        measure(report, "search in authors (\"подлеснова\")", byAuthor, RegistrySort.REGISTRATION_NUMBER, 0);
        measure(report, "sorted by title", all, RegistrySort.TITLE, 0);
        measure(report, "deep page (rows 9,001-9,025)", all, RegistrySort.REGISTRATION_NUMBER, 9_000);
        System.out.println(report);
    }

    private void measure(StringBuilder report, String name, RegistryFilter filter, RegistrySort sort, int first) {
        long[] rows = new long[1];
        Runnable listOnce = () -> {
            rows[0] = registry.count(filter);
            assertThat(registry.find(filter, sort, true, first, PAGE)).hasSizeLessThanOrEqualTo(PAGE);
        };
        for (int i = 0; i < WARM_UP; i++) {
            listOnce.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            listOnce.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        report.append(String.format(Locale.ROOT, "%-42s %8d %8.1f %8.1f%n", name, rows[0], millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.95) - 1]));
    }

    /** Organisations, petitions and authors in multi-row inserts, a few hundred rows a statement. */
    private void seed(long cycleId, String cycleName) throws SQLException {
        var random = new Random(20261130L);
        var now = Instant.parse("2026-11-15T09:00:00Z");
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long firstOrganisation = nextId(connection, "organisation");
            long firstNomination = nextId(connection, "nomination");
            List<String> organisations = new ArrayList<>();
            List<String> nominations = new ArrayList<>();
            List<String> nominees = new ArrayList<>();
            int[] sequence = new int[Country.values().length];
            NominationStatus[] statuses = {NominationStatus.SUBMITTED, NominationStatus.SUBMITTED,
                NominationStatus.SUBMITTED, NominationStatus.ADMITTED, NominationStatus.ADMITTED,
                NominationStatus.RETURNED, NominationStatus.REJECTED, NominationStatus.WITHDRAWN};
            for (int i = 0; i < PETITIONS; i++) {
                long organisationId = firstOrganisation + i;
                long nominationId = firstNomination + i;
                var country = random.nextInt(10) < 4 ? Country.BY : Country.RU;
                var field = ArtField.values()[random.nextInt(ArtField.values().length)];
                var status = statuses[random.nextInt(statuses.length)];
                int number = ++sequence[country.ordinal()];
                var title = String.join(" ", WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)],
                        WORDS[random.nextInt(WORDS.length)], Integer.toString(i));
                var submitted = now.minusSeconds(random.nextInt(3_000_000));
                organisations.add(String.format(Locale.ROOT, "(%d, 'Организация %d', 'CREATIVE_UNION', '%s',"
                        + " 'VERIFIED', 0)", organisationId, i, country));
                nominations.add(String.format(Locale.ROOT, "(%d, %d, %d, '%s', '%s', '%s/%s/%03d', %d, '%s',"
                        + " 'PREMIERE', '%s', 'Обоснование', '%s', '%s', '%s', '%s', 0)", nominationId, cycleId,
                        organisationId, country, status, cycleName.replace('–', '-'), country, number, number, title,
                        LocalDate.of(2024, 1, 1), field, sql(now), sql(now), sql(submitted)));
                int authors = 1 + random.nextInt(3);
                for (int position = 0; position < authors; position++) {
                    nominees.add(String.format(Locale.ROOT, "(%d, %d, '%s %s', '1960-05-09', '%s')", nominationId,
                            position, FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)], country));
                }
            }
            insert(connection, "INSERT INTO organisation (id, name_ru, kind, country, status, version) VALUES ",
                    organisations);
            insert(connection, "INSERT INTO nomination (id, cycle_id, organisation_id, country, status,"
                    + " registration_number, sequence_number, work_title, publicity_form, made_public_on, reasons,"
                    + " art_field, created_at, updated_at, submitted_at, version) VALUES ", nominations);
            insert(connection, "INSERT INTO nominee (nomination_id, position, full_name_ru, born_on, citizenship)"
                    + " VALUES ", nominees);
            connection.commit();
        }
    }

    private static String sql(Instant instant) {
        return instant.toString().replace('T', ' ').replace("Z", "");
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            result.next();
            return result.getLong(1) + 1000;
        }
    }

    private static void insert(Connection connection, String prefix, List<String> rows) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                statement.executeUpdate(prefix + String.join(", ",
                        rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT))));
            }
        }
    }
}
