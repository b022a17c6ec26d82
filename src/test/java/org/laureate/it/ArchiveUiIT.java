package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A reader on a phone (375 px wide) opens the archive, finds the 2013–2014 laureates, filters them by country and
 * reads the result in Belarusian: the filters stay in the address.
 */
class ArchiveUiIT extends BrowserTest {

    private static final int PHONE_WIDTH = 375;

    @BeforeAll
    static void phoneSized() {
        browser.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 812));
    }

    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;");
    }

    @Test
    void onAPhoneTheArchiveShowsThe2013LaureatesAndFiltersByCountry() {
        browser.open(base() + "/publication/archive.xhtml?cycle="
                + URLEncoder.encode("2013–2014", StandardCharsets.UTF_8));

        browser.waitForText(By.id("archive-count"), "Найдено: 3");
        assertThat(browser.text(By.id("awards")))
                .contains("Роль Дон Кихота в спектакле «Человек из Ламанчи»", "Владимир Зельдин", "Иван Миско",
                        "Инесса Слюнькова", "Театр", "25.12.2013");
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(PHONE_WIDTH);

        new Select(browser.find(By.id("country"))).selectByVisibleText("Республика Беларусь");
        browser.clickAndWaitForPage(By.id("search"));
        browser.waitForText(By.id("archive-count"), "Найдено: 1");
        assertThat(browser.text(By.id("awards"))).contains("Иван Миско").doesNotContain("Владимир Зельдин")
                .doesNotContain("Инесса Слюнькова");
        assertThat(pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);

        browser.clickAndWaitForPage(By.cssSelector("a[data-lang='be']"));
        browser.waitForText(By.id("archive-count"), "Знойдзена: 1");
        assertThat(browser.text(By.id("awards"))).contains("Іван Міско").doesNotContain("Иван Миско");
    }
}
