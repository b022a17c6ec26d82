package org.laureate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryNameTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale BELARUSIAN = Locale.forLanguageTag("be");

    @Test
    void aCountryIsNamedAsTheReaderOfEachLanguageKnowsIt() {
        var kazakhstan = new CountryName("KZ");
        assertThat(kazakhstan.in(Locale.ENGLISH)).isEqualTo("Kazakhstan");
        assertThat(kazakhstan.in(RUSSIAN)).isEqualTo("Казахстан");
        assertThat(kazakhstan.in(BELARUSIAN)).isEqualTo("Казахстан");
        assertThat(new CountryName("BY").in(BELARUSIAN)).isEqualTo("Беларусь");
    }

    @Test
    void aMessageNamesTheCountryInTheReadersLanguageAndLeavesOtherArgumentsAsTheyAre() {
        var arguments = new Object[] {"Айдар Нурланов", new CountryName("KZ")};
        var english = new MessageFormat("The author {0} is a citizen of {1}.", Locale.ENGLISH)
                .format(Localizable.in(Locale.ENGLISH, arguments));
        assertThat(english).isEqualTo("The author Айдар Нурланов is a citizen of Kazakhstan.");
        assertThat(arguments[1]).as("the arguments themselves are kept").isInstanceOf(CountryName.class);
    }
}
