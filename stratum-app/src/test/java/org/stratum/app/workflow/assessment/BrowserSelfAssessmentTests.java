package org.stratum.app.workflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.annotation.Import;
import org.stratum.app.EmptyWarehouse;
import org.stratum.app.web.BrowserTest;
import org.stratum.core.toolkit.KeyDriver;

/**
 * A self-assessment round from start to priorities in a real headless Chromium against the
 * application on a random port: an administrator opens a round and invites two colleagues, both
 * score the key drivers, and the results, the home page and the driver diagram show the aggregates
 * and the priorities. Skipped without Chromium, or failed when STRATUM_REQUIRE_BROWSER=1.
 */
@Import(EmptyWarehouse.class)
class BrowserSelfAssessmentTests extends BrowserTest {

    @Test
    void adminOpensARoundTwoColleaguesScoreAndPrioritiesAppear() {
        signIn("admin");
        browser().findElement(By.linkText("Self-assessment")).click();
        assertThat(browser().findElement(By.id("no-rounds")).getText()).startsWith("No round yet.");
        click(By.id("open-round"));
        WebElement name = browser().findElement(By.id("name"));
        name.sendKeys("Spring self-assessment");
        // The dates keep their defaults: today and two weeks on.
        click(By.cssSelector("label[for=invite-analyst]"));
        click(By.cssSelector("label[for=invite-viewer]"));
        click(By.xpath("//button[normalize-space()='Open the round']"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Spring self-assessment");
        assertThat(browser().findElement(By.id("scored-count")).getText()).isEqualTo("0 of 2 invited");
        signOut();

        scoreAs("analyst", Map.of(KeyDriver.ORGANIZED_TEAMS, 2, KeyDriver.ROOT_CAUSE_ANALYSIS, 1), 4);
        scoreAs("viewer", Map.of(KeyDriver.ORGANIZED_TEAMS, 3, KeyDriver.ROOT_CAUSE_ANALYSIS, 2), 5);

        // The viewer, having scored, sees the aggregates but not the individual scores.
        assertThat(browser().findElement(By.id("scored-count")).getText()).isEqualTo("2 of 2 invited");
        assertThat(cells("aggregate-ORGANIZED_TEAMS")).isEqualTo("2.5 2.5 2–3 2 Priority");
        assertThat(cells("aggregate-ROOT_CAUSE_ANALYSIS")).isEqualTo("1.5 1.5 1–2 2 Priority");
        assertThat(cells("aggregate-MONITORING_DASHBOARDS")).isEqualTo("4.5 4.5 4–5 2");
        assertThat(browser().findElements(By.id("individual-scores"))).isEmpty();
        assertThat(browser().findElements(By.cssSelector(".priority-list li"))).extracting(WebElement::getText)
                .containsExactly(
                        KeyDriver.ROOT_CAUSE_ANALYSIS.statement()
                                + " — mean 1.5: Opportunity 4: Analyze and identify root causes of identified inequities",
                        KeyDriver.ORGANIZED_TEAMS.statement() + " — mean 2.5: Opportunity 1: Organize teams");
        signOut();

        signIn("admin");
        browser().findElement(By.linkText("Self-assessment")).click();
        browser().findElement(By.linkText("Spring self-assessment")).click();
        assertThat(browser().findElements(By.cssSelector("#rated-scores tbody tr"))).hasSize(18);
        click(By.xpath("//button[normalize-space()='Close the round']"));
        assertThat(browser().findElement(By.id("round-status")).getText()).endsWith("these results are final");

        browser().findElement(By.linkText("Home")).click();
        assertThat(browser().findElements(By.cssSelector("#latest-priorities li"))).extracting(WebElement::getText)
                .containsExactly(
                        KeyDriver.ROOT_CAUSE_ANALYSIS.statement()
                                + " (mean 1.5): Opportunity 4, Analyze and identify root causes of identified inequities",
                        KeyDriver.ORGANIZED_TEAMS.statement() + " (mean 2.5): Opportunity 1, Organize teams");
        click(By.id("drivers-link"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Aim and driver diagram");
        assertThat(browser().findElements(By.cssSelector(".driver--priority"))).extracting(element -> element.getDomAttribute("id"))
                .containsExactly("driver-ORGANIZED_TEAMS", "driver-ROOT_CAUSE_ANALYSIS");
    }

    /** Signs in, scores every driver {@code otherwise} except those given, and hands the scoresheet in. */
    private void scoreAs(String username, Map<KeyDriver, Integer> scores, int otherwise) {
        signIn(username);
        browser().findElement(By.linkText("Self-assessment")).click();
        browser().findElement(By.partialLinkText("Score the drivers for Spring self-assessment")).click();
        for (KeyDriver driver : KeyDriver.values()) {
            click(By.cssSelector("label[for=score-" + driver.name() + "-" + scores.getOrDefault(driver, otherwise) + "]"));
        }
        browser().findElement(By.id("note-ORGANIZED_TEAMS")).sendKeys("Patients are not on our teams yet.");
        click(By.xpath("//button[normalize-space()='Save my scores']"));
        assertThat(browser().findElement(By.id("handed-in")).getText()).startsWith("Your scores are saved.");
    }

    private String cells(String rowId) {
        return browser().findElements(By.cssSelector("#" + rowId + " td")).stream().map(WebElement::getText)
                .filter(text -> !text.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
    }

    private void click(By by) {
        String before = browser().getCurrentUrl();
        WebElement element = browser().findElement(by);
        boolean navigates = "button".equals(element.getTagName()) || "a".equals(element.getTagName());
        element.click();
        if (navigates) {
            new WebDriverWait(browser(), Duration.ofSeconds(10))
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

    private void signOut() {
        click(By.xpath("//button[normalize-space()='Sign out']"));
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/login?logout")));
    }

    private WebElement field(String label) {
        String id = browser().findElement(By.xpath("//label[normalize-space()='" + label + "']")).getDomAttribute("for");
        return browser().findElement(By.id(id));
    }
}
