package org.stratum.app.web.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stratum.app.web.BrowserTest;
import org.stratum.app.web.measures.MeasuredWarehouse;

/**
 * An analyst's way from a measure to the patients who do not meet it, in a real headless Chromium:
 * drill down from a stratum, export the list, save the view; then a viewer is refused it. Screenshots
 * are kept in {@code target/screenshots}.
 */
@Import(MeasuredWarehouse.class)
class BrowserOutreachTests extends BrowserTest {

    @Autowired
    JdbcClient workflow;

    @Test
    void anAnalystDrillsDownToAStratumsPatientsExportsThemAndSavesTheViewWhichAViewerIsRefused() throws IOException {
        signIn("analyst");
        browser().get(url("/measures/controlling-high-blood-pressure"));
        new Select(browser().findElement(By.id("by"))).selectByVisibleText("preferred language");
        browser().findElement(By.xpath("//button[normalize-space()='Show']")).click();
        waitFor(ExpectedConditions.urlContains("by=language"));
        screenshot("outreach-1-measure");

        click(By.linkText("List: Spanish (es)"));
        waitFor(ExpectedConditions.urlContains("/outreach?"));
        assertThat(browser().getCurrentUrl()).contains("measure=controlling-high-blood-pressure")
                .contains("filter=language%3DSpanish");
        assertThat(browser().findElement(By.tagName("h1")).getText())
                .isEqualTo("Patients to reach: CMS165 Controlling High Blood Pressure");
        List<WebElement> languages = browser().findElements(By.xpath("//table[@id='outreach-table']/tbody/tr/td[3]"));
        assertThat(languages).isNotEmpty().extracting(WebElement::getText).containsOnly("Spanish (es)");
        screenshot("outreach-2-list");

        String csv = fetch(browser().findElement(By.id("outreach-csv")).getDomProperty("href"));
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("measure,group,period_start,period_end,patient_id");
        assertThat(csv.lines().skip(1).count()).isGreaterThanOrEqualTo(languages.size());
        assertThat(workflow.sql("SELECT count(*) FROM audit_event WHERE username = 'analyst' AND action = 'outreach.export'")
                .query(Long.class).single()).isEqualTo(1);

        WebElement title = browser().findElement(By.id("save-view-title"));
        title.clear();
        title.sendKeys("Spanish speakers: blood pressure outreach");
        browser().findElement(By.id("save-view-note")).sendKeys("For the Thursday huddle");
        click(By.xpath("//button[normalize-space()='Save this view']"));
        waitFor(ExpectedConditions.urlContains("/views?saved="));
        WebElement saved = browser().findElement(By.linkText("Spanish speakers: blood pressure outreach"));
        String viewAddress = saved.getDomProperty("href");
        screenshot("outreach-3-saved-views");

        click(By.linkText("Spanish speakers: blood pressure outreach"));
        waitFor(ExpectedConditions.urlContains("/outreach?"));
        assertThat(browser().findElements(By.cssSelector("#outreach-table tbody tr"))).isNotEmpty();

        signOut();
        signIn("viewer");
        browser().get(viewAddress);
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        browser().get(url("/outreach?measure=controlling-high-blood-pressure"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser().findElements(By.id("outreach-table"))).isEmpty();
        screenshot("outreach-4-viewer-refused");
        browser().get(url("/"));
        signOut();
    }

    @Test
    void aViewerDecomposesAGapIntoCompositionAndRatesWithTheTableBehindTheChart() throws IOException {
        signIn("viewer");
        // A lenient rate and small groups, as a few thousand patients need to show gaps.
        browser().get(url("/gaps?period=2025&fdr=0.9&min-group=11"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Gap finder");
        assertThat(browser().findElements(By.cssSelector("#gap-list > li"))).isNotEmpty();
        assertThat(browser().findElements(By.partialLinkText("not meeting the measure"))).isEmpty();

        click(By.partialLinkText("Decompose gap"));
        waitFor(ExpectedConditions.urlContains("gap="));
        WebElement decomposition = browser().findElement(By.id("decomposition"));
        List<WebElement> bars = decomposition.findElements(By.cssSelector("svg rect.contribution--composition"));
        assertThat(bars).isNotEmpty();
        // Each bar is as long as its own contribution: no style overrides the lengths the page computed.
        assertThat(bars).allSatisfy(bar -> assertThat((double) bar.getRect().getWidth())
                .isCloseTo(Double.parseDouble(bar.getDomAttribute("width")), Offset.offset(1.5)));
        assertThat(decomposition.findElements(By.cssSelector("table.decomposition-table tr.total th")))
                .extracting(WebElement::getText).contains("Total");
        screenshot("gaps-decomposition");
        signOut();
    }

    /** The export as the signed-in browser downloads it (its own session and cookies). */
    private static String fetch(String address) {
        Object text = ((JavascriptExecutor) browser()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", address);
        return (String) text;
    }

    private void signIn(String username) {
        browser().get(url("/login"));
        field("Username").sendKeys(username);
        field("Password").sendKeys(DEMO_PASSWORD);
        click(By.xpath("//button[normalize-space()='Sign in']"));
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Home"));
    }

    private void signOut() {
        click(By.xpath("//button[normalize-space()='Sign out']"));
        waitFor(ExpectedConditions.urlToBe(url("/login?logout")));
    }

    private void click(By by) {
        WebElement element = browser().findElement(by);
        String before = browser().getCurrentUrl();
        element.click();
        waitFor(ExpectedConditions.or(ExpectedConditions.not(ExpectedConditions.urlToBe(before)),
                ExpectedConditions.stalenessOf(element)));
    }

    private WebElement field(String label) {
        String id = browser().findElement(By.xpath("//label[normalize-space()='" + label + "']")).getDomAttribute("for");
        return browser().findElement(By.id(id));
    }

    private static void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser(), Duration.ofSeconds(30)).until(condition);
    }

    private static void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
