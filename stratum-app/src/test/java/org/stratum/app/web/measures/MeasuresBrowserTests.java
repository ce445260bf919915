package org.stratum.app.web.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.annotation.Import;
import org.stratum.app.web.BrowserTest;

/**
 * A viewer's way through the measure pages in a real headless Chromium: the overview, into a measure,
 * switching the dimension and the reference, and the table behind the chart. Screenshots of the pages
 * are kept in {@code target/screenshots}.
 */
@Import(MeasuredWarehouse.class)
class MeasuresBrowserTests extends BrowserTest {
    @Test
    void aViewerOpensAMeasureFromTheOverviewAndSwitchesTheDimensionAndReference() throws IOException {
        browser().get(url("/measures"));
        signIn("viewer");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Measures");
        assertThat(browser().findElements(By.cssSelector("#measures-overview tbody tr"))).hasSizeGreaterThan(10);
        screenshot("measures-overview");

        browser().findElement(By.linkText("CMS130 Colorectal Cancer Screening")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "CMS130 Colorectal Cancer Screening"));
        assertThat(caption()).isEqualTo("CMS130 Colorectal Cancer Screening by race and ethnicity (OMB 2024)");

        new Select(browser().findElement(By.id("by"))).selectByVisibleText("preferred language");
        // htmx swaps the view in place on change; without it the Show button would do the same.
        waitFor(ExpectedConditions.textToBe(By.cssSelector("#strata-table caption"),
                "CMS130 Colorectal Cancer Screening by preferred language"));
        assertThat(browser().findElements(By.cssSelector("#strata-table tbody th[scope=row]")))
                .extracting(WebElement::getText).contains("English (en)", "Spanish (es)", "Total");

        new Select(browser().findElement(By.id("reference"))).selectByVisibleText("Largest group");
        browser().findElement(By.xpath("//button[normalize-space()='Show']")).click();
        waitFor(ExpectedConditions.urlContains("reference=largest"));
        assertThat(browser().findElements(By.xpath("//table[@id='strata-table']//td[normalize-space()='reference']")))
                .hasSize(1);
        assertThat(browser().findElements(By.cssSelector("svg circle.rate"))).isNotEmpty();
        screenshot("measure-detail");
    }

    private String caption() {
        return browser().findElement(By.cssSelector("#strata-table caption")).getText();
    }

    private void signIn(String username) {
        String before = browser().getCurrentUrl();
        browser().findElement(By.id(browser().findElement(By.xpath("//label[normalize-space()='Username']"))
                .getDomAttribute("for"))).sendKeys(username);
        browser().findElement(By.id(browser().findElement(By.xpath("//label[normalize-space()='Password']"))
                .getDomAttribute("for"))).sendKeys(DEMO_PASSWORD);
        browser().findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }

    private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser(), Duration.ofSeconds(20)).until(condition);
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
