package org.stratum.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.annotation.Import;
import org.stratum.app.EmptyWarehouse;
import org.stratum.app.web.BrowserTest;

/**
 * In a real headless Chromium against the application on a random port: an analyst records a
 * root-cause analysis with an evidence link and a patient who took part, logs a barrier, and
 * generates the equity report from its page, which shows both. Skipped without Chromium, or failed
 * when STRATUM_REQUIRE_BROWSER=1.
 */
@Import(EmptyWarehouse.class)
class BrowserRootCauseToReportTests extends BrowserTest {

    @Test
    void analystRecordsARootCauseAndABarrierAndTheReportShowsThem() {
        signIn("analyst");

        click(By.linkText("Root causes"));
        assertThat(browser().findElement(By.id("no-analyses")).getText()).isEqualTo("No root-cause analysis yet.");
        click(By.id("new-analysis"));
        browser().findElement(By.id("title")).sendKeys("Colorectal screening for Spanish speakers");
        browser().findElement(By.id("problem")).sendKeys("Screening is lower for patients preferring Spanish.");
        browser().findElement(By.id("process")).sendKeys("Kit instructions only in English");
        browser().findElement(By.id("whys0")).sendKeys("Kits are not returned");
        browser().findElement(By.id("evidence0.title")).sendKeys("Screening by language");
        browser().findElement(By.id("evidence0.link")).sendKeys("https://example.org/");
        browser().findElement(By.id("participants0.name")).sendKeys("Ana Ruiz");
        new Select(browser().findElement(By.id("participants0.perspective"))).selectByVisibleText("Patient");
        click(By.xpath("//button[normalize-space()='Save the analysis']"));

        // Refused beside the field, with what was typed kept; then corrected.
        WebElement link = browser().findElement(By.id("evidence0.link"));
        assertThat(link.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser().findElement(By.id("evidence0.link-error")).getText()).startsWith("Link to a page of Stratum");
        link.clear();
        link.sendKeys("/measures?by=language");
        click(By.xpath("//button[normalize-space()='Save the analysis']"));

        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Colorectal screening for Spanish speakers");
        WebElement evidence = browser().findElement(By.linkText("Screening by language"));
        assertThat(evidence.getDomAttribute("href")).isEqualTo("/measures?by=language");
        assertThat(browser().findElement(By.id("participants")).getText()).isEqualTo("Ana Ruiz (Patient)");
        click(By.id("history-link"));
        assertThat(browser().findElement(By.cssSelector("#history tbody tr")).getText()).contains("analyst", "rootcause.create");

        click(By.linkText("Transformation"));
        click(By.id("new-barrier"));
        browser().findElement(By.id("title")).sendKeys("Interpreter budget runs out in March");
        browser().findElement(By.id("raisedBy")).sendKeys("Site B front desk");
        new Select(browser().findElement(By.id("level"))).selectByVisibleText("Organisation");
        new Select(browser().findElement(By.id("status"))).selectByVisibleText("Escalated");
        browser().findElement(By.id("escalatedTo")).sendKeys("Finance director");
        click(By.xpath("//button[normalize-space()='Save the entry']"));
        assertThat(browser().findElement(By.id("saved")).getText()).isEqualTo("Saved.");
        assertThat(browser().findElement(By.id("barrier-list")).getText())
                .contains("Interpreter budget runs out in March", "Finance director", "Escalated");

        click(By.linkText("Equity report"));
        click(By.cssSelector("label[for=format-html]"));
        click(By.cssSelector("label[for=audience-community]"));
        click(By.xpath("//button[normalize-space()='Generate the report']"));

        assertThat(browser().findElement(By.tagName("h1")).getText()).startsWith("Equity report: ");
        assertThat(browser().findElement(By.id("community-note")).getText())
                .isEqualTo("This community version leaves out detail by site and by clinician.");
        assertThat(browser().findElement(By.id("section-root-causes")).getText())
                .contains("Colorectal screening for Spanish speakers", "Patient", "Screening by language");
        assertThat(browser().findElement(By.id("report-barriers")).getText())
                .contains("Interpreter budget runs out in March", "Finance director");
    }

    private void click(By by) {
        String before = browser().getCurrentUrl();
        WebElement element = browser().findElement(by);
        boolean navigates = "button".equals(element.getTagName()) || "a".equals(element.getTagName());
        element.click();
        if (navigates) {
            new WebDriverWait(browser(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.or(ExpectedConditions.not(ExpectedConditions.urlToBe(before)),
                            ExpectedConditions.stalenessOf(element)));
        }
    }

    private void signIn(String username) {
        browser().get(url("/login"));
        field("Username").sendKeys(username);
        field("Password").sendKeys(DEMO_PASSWORD);
        click(By.xpath("//button[normalize-space()='Sign in']"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Home");
    }

    private WebElement field(String label) {
        String id = browser().findElement(By.xpath("//label[normalize-space()='" + label + "']")).getDomAttribute("for");
        return browser().findElement(By.id(id));
    }
}
