package org.stratum.app.web.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import java.util.List;
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

/**
 * A viewer's way from a measure page to its Monitor in a real headless Chromium: switching the
 * dimension, the exports following it (the chart drawn as PNG by the page's own script), the link, reading the control charts and their change marks, and switching the
 * dimension there by keyboard. Screenshots are kept in {@code target/screenshots}.
 */
@Import({MeasuredWarehouse.class, MonitorAnnotations.class})
class MonitorBrowserTests extends BrowserTest {

    @Test
    void aViewerGoesFromTheMeasureToItsMonitorAndSeesTheControlChartsWithTheirChanges() throws IOException {
        browser().get(url("/measures/CMS165"));
        signIn("viewer");
        new Select(browser().findElement(By.id("by"))).selectByVisibleText("preferred language");
        waitFor(ExpectedConditions.textToBe(By.cssSelector("#strata-table caption"),
                "CMS165 Controlling High Blood Pressure by preferred language"));
        for (String export : new String[] {"csv-export", "xlsx-export", "svg-export", "fhir-export"}) {
            assertThat(browser().findElement(By.id(export)).getDomAttribute("href")).as(export).contains("by=language");
        }
        // The PNG export draws the SVG export on a canvas in the browser: ask the page's own code for it.
        Object png = ((JavascriptExecutor) browser()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('png-export').dataset.pngFrom).then(r => r.text())
                  .then(window.stratumSvgToPng).then(b => b.arrayBuffer())
                  .then(a => { const v = new DataView(a); done([v.getUint32(0), v.getUint32(16), v.getUint32(20)]); })
                  .catch(e => done(String(e)));""");
        WebElement chart = browser().findElement(By.cssSelector("figure.rate-chart svg"));
        assertThat(png).as("PNG signature, width and height: twice the chart's").isEqualTo(List.of(0x89504E47L,
                2 * Long.parseLong(chart.getDomAttribute("width")), 2 * Long.parseLong(chart.getDomAttribute("height"))));
        assertThat(browser().findElement(By.id("png-export")).isDisplayed()).isTrue();
        screenshot("measure-detail-language");

        browser().findElement(By.id("monitor-link")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Monitor: CMS165 Controlling High Blood Pressure"));
        assertThat(browser().getCurrentUrl()).contains("by=language");
        WebElement english = browser().findElement(By.xpath("//article[h3[normalize-space()='English (en)']]"));
        assertThat(english.findElements(By.cssSelector("figure.spc-chart svg g.point"))).hasSize(3);
        assertThat(english.findElements(By.cssSelector("svg text.annotation-label")))
                .extracting(WebElement::getText).containsExactly("Outreach calls begin");
        assertThat(browser().findElements(By.cssSelector("#monitor-summary tbody tr"))).hasSizeGreaterThan(1);
        screenshot("measure-monitor");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView()", english);
        screenshot("measure-monitor-chart");

        WebElement by = browser().findElement(By.id("by"));
        by.sendKeys(Keys.HOME);
        assertThat(browser().switchTo().activeElement()).isEqualTo(by);
        new Select(by).selectByVisibleText("payer");
        waitFor(ExpectedConditions.textToBe(By.id("monitor-view-heading"), "CMS165 Controlling High Blood Pressure by payer"));
        waitFor(ExpectedConditions.urlContains("by=payer"));
        assertThat(browser().findElements(By.cssSelector("figure.spc-chart svg"))).isNotEmpty();
        screenshot("measure-monitor-payer");
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

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser(), Duration.ofSeconds(20)).until(condition);
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
