package org.stratum.app.web.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.annotation.Import;
import org.stratum.app.web.BrowserTest;
import org.stratum.app.web.measures.MeasuredWarehouse;

/**
 * An analyst's way through Explore in a real headless Chromium, filters ticked with the keyboard: a
 * heat map of race and ethnicity by site among women, then down to one site's clinicians and the link
 * to a clinician's patient list. Screenshots are kept in {@code target/screenshots}.
 */
@Import(MeasuredWarehouse.class)
class ExploreBrowserTests extends BrowserTest {

    @Test
    void anAnalystFiltersDrawsAHeatMapAndDrillsDownToAClinician() throws IOException {
        browser().get(url("/explore"));
        signIn("analyst");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Explore");

        new Select(field("Measure")).selectByVisibleText("CMS165 Controlling High Blood Pressure");
        new Select(field("Rows: stratify by")).selectByVisibleText("race and ethnicity (OMB 2024)");
        new Select(field("Columns: and by (heat map)")).selectByVisibleText("site");
        WebElement sex = browser().findElement(By.cssSelector("#filter-sex summary"));
        sex.sendKeys(Keys.ENTER); // a <details> opens from the keyboard
        WebElement female = field("female");
        female.sendKeys(Keys.SPACE);
        assertThat(female.isSelected()).isTrue();
        browser().findElement(By.id("show")).sendKeys(Keys.ENTER);

        waitFor(ExpectedConditions.urlContains("filter=sex%3Dfemale"));
        assertThat(browser().findElement(By.id("view-filters")).getText()).isEqualTo("Among patients with: sex: female");
        WebElement heatMap = browser().findElement(By.id("heat-map"));
        assertThat(heatMap.getText()).contains("Heat map: rate by race and ethnicity (OMB 2024) and site");
        assertThat(heatMap.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThan(2);
        assertThat(heatMap.findElements(By.cssSelector("td.heat-cell"))).hasSizeGreaterThan(10);
        assertThat(browser().findElements(By.cssSelector("#strata-table tbody th[scope=row]")))
                .extracting(WebElement::getText).contains("Total");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView()", heatMap);
        screenshot("explore-heat-map");

        WebElement site = browser().findElement(By.cssSelector("#site-table tbody a"));
        String siteName = site.getText();
        site.sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("clinician-table")));
        assertThat(browser().findElement(By.cssSelector("#clinician-table caption")).getText())
                .isEqualTo("Clinicians at " + siteName);
        WebElement patients = browser().findElement(By.cssSelector("#clinician-table a.outreach-link"));
        assertThat(patients.getDomAttribute("href")).startsWith("/outreach?measure=controlling-high-blood-pressure"
                + "&period=2025-01-01/2025-12-31&filter=sex=female&filter=site=").contains("&filter=clinician=");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView()", patients);
        screenshot("explore-drill-down");
    }

    private WebElement field(String label) {
        return browser().findElement(By.id(browser().findElement(By.xpath("//label[normalize-space()='" + label + "']"))
                .getDomAttribute("for")));
    }

    private void signIn(String username) {
        String before = browser().getCurrentUrl();
        field("Username").sendKeys(username);
        field("Password").sendKeys(DEMO_PASSWORD);
        browser().findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser(), Duration.ofSeconds(30)).until(condition);
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
