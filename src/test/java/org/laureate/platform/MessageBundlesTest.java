package org.laureate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.cycle.entity.Milestone;
import org.laureate.nomination.control.EligibilityRule;
import org.laureate.nomination.entity.MaterialKind;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.nomination.entity.PublicityForm;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.organisation.entity.OrganisationStatus;
import org.laureate.security.entity.Role;

/** Every visible text exists in Russian, Belarusian and English. */
class MessageBundlesTest {

    private static final String[] LANGUAGES = {"ru", "be", "en"};
    private static final Pattern VIEW_KEY = Pattern.compile("i18n\\['([a-zA-Z0-9_.]+)'\\]");
    private static final Pattern TAG_KEY = Pattern.compile("\\b(?:label|hint)=\"([a-z][a-zA-Z0-9_.]+)\"");

    static Properties load(String resource) {
        var properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/laureate/i18n/messages", "/org/laureate/i18n/faces", "/ValidationMessages"})
    void everyKeyExistsInEveryLanguage(String bundle) {
        var russian = load(bundle + "_ru.properties").stringPropertyNames();
        for (String language : LANGUAGES) {
            var keys = load(bundle + "_" + language + ".properties").stringPropertyNames();
            assertThat(keys).as("%s_%s", bundle, language).containsExactlyInAnyOrderElementsOf(russian);
        }
    }

    @Test
    void noTextIsBlank() {
        for (String language : LANGUAGES) {
            var messages = load("/org/laureate/i18n/messages_" + language + ".properties");
            messages.stringPropertyNames().forEach(key ->
                    assertThat(messages.getProperty(key)).as("%s in %s", key, language).isNotBlank());
        }
    }

    @Test
    void everyEnumValueShownHasItsText() {
        var russian = load("/org/laureate/i18n/messages_ru.properties").stringPropertyNames();
        Stream.of(CyclePhase.values(), Milestone.values(), Role.values(), Country.values(),
                        OrganisationStatus.values(), OrganisationKind.values(), ArtField.values(),
                        NominationStatus.values(), PublicityForm.values(), MaterialKind.values(),
                        EligibilityRule.values())
                .flatMap(Stream::of)
                .map(value -> value.getDeclaringClass().getSimpleName() + "." + value.name())
                .forEach(key -> assertThat(russian).contains(key));
    }

    @Test
    void everyKeyUsedInTheViewsExists() throws IOException {
        var russian = load("/org/laureate/i18n/messages_ru.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("webapp"))) {
            views.filter(path -> path.toString().endsWith(".xhtml")).forEach(path -> {
                try {
                    var text = Files.readString(path);
                    VIEW_KEY.matcher(text).results().forEach(match -> used.add(match.group(1)));
                    TAG_KEY.matcher(text).results().forEach(match -> used.add(match.group(1)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertThat(used).isNotEmpty();
        assertThat(russian).containsAll(used);
    }

    @Test
    void belarusianTextUsesBelarusianLetters() {
        var belarusian = load("/org/laureate/i18n/messages_be.properties");
        assertThat(belarusian.getProperty("general.prize.name")).contains("ў").contains("і");
    }
}
