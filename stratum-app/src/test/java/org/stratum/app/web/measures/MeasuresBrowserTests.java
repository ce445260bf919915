package org.stratum.app.web.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.stratum.app.web.BrowserTest;
import org.stratum.core.real.bisg.Bisg;
import org.stratum.engine.real.bisg.BisgImputation;
import org.stratum.engine.real.bisg.CensusAreaFile;
import org.stratum.engine.real.bisg.CensusSurnameFile;
import org.stratum.engine.warehouse.Warehouse;

/**
 * A viewer's way through the measure pages in a real headless Chromium: the overview, into a measure,
 * switching the dimension and the reference, and the table behind the chart; the BISG estimate beside
 * the self-reported view once imputations exist, following the period. Screenshots of the pages
 * are kept in {@code target/screenshots}.
 */
@Import(MeasuredWarehouse.class)
class MeasuresBrowserTests extends BrowserTest {
    @Autowired
    Warehouse warehouse;

    @Test
    void aViewerOpensAMeasureFromTheOverviewAndSwitchesTheDimensionAndReference() throws IOException {
        browser().get(url("/measures"));
        signInIfAsked("viewer");
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

    @Test
    void aViewerReadsTheBisgEstimateBesideTheSelfReportedViewForThePeriodShown() throws IOException {
        Path folder = Path.of(System.getProperty("stratum.fixtures", "../../shared/fixtures")).resolve("real/bisg");
        assumeTrue(Files.isDirectory(folder), "BISG fixtures not found at " + folder + ", skipping");
        Path surnames = folder.resolve("census2010_surnames_sample.csv");
        Path zctas = folder.resolve("cfpb_zip_over18_race_2020dhc.csv");
        new BisgImputation(warehouse).run(new Bisg(CensusSurnameFile.read(surnames), CensusAreaFile.read(zctas)),
                surnames, zctas, "tester");

        browser().get(url("/measures/CMS165?period=2025"));
        signInIfAsked("viewer");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("bisg-estimate")));
        assertThat(browser().findElement(By.id("bisg-heading")).getText())
                .isEqualTo("Race and ethnicity estimated with BISG (population estimate, not any patient's race)");
        assertThat(browser().findElements(By.cssSelector("#bisg-table tbody th[scope=row]"))).extracting(WebElement::getText)
                .startsWith("Hispanic or Latino", "White, not Hispanic").hasSize(6);
        assertThat(browser().findElements(By.cssSelector("#bisg-estimate svg circle.bisg-self-reported"))).isNotEmpty();
        assertThat(browser().findElements(By.cssSelector("#bisg-estimate svg rect.bisg-weighted"))).isNotEmpty();
        assertThat(browser().findElement(By.id("bisg-counts")).getText()).startsWith("Eligible patients: ");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView()",
                browser().findElement(By.id("bisg-estimate")));
        screenshot("measure-bisg");

        // Only periods that do not overlap are offered (the rolling points are on the Monitor); the
        // section names the one shown.
        assertThat(new Select(browser().findElement(By.id("period"))).getOptions()).hasSize(1);
        assertThat(browser().findElement(By.cssSelector("#bisg-table caption")).getText()).endsWith("2025-01-01 to 2025-12-31");
    }

    private void signInIfAsked(String username) {
        if (!browser().findElements(By.xpath("//label[normalize-space()='Username']")).isEmpty()) {
            signIn(username);
        }
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
