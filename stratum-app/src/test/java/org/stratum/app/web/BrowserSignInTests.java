package org.stratum.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.annotation.Import;
import org.stratum.app.EmptyWarehouse;
import org.stratum.core.toolkit.Opportunity;

/**
 * A person's way in, in a real headless Chromium against the application on a random port: the
 * sign-in page, the home page with the roadmap, and out again. Uses Debian's {@code chromium} and
 * {@code chromedriver} (STRATUM_CHROMIUM and STRATUM_CHROMEDRIVER point elsewhere); without them
 * the tests are skipped, or fail when STRATUM_REQUIRE_BROWSER=1.
 */
@Import(EmptyWarehouse.class)
class BrowserSignInTests extends BrowserTest {

    @Test
    void signingInLeadsFromTheSignInPageToTheRoadmap() {
        browser().get(url("/"));
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/login"));
        assertThat(browser().getTitle()).isEqualTo("Sign in · Stratum");

        signIn("admin", DEMO_PASSWORD);

        // Spring Security returns to the page first asked for, marked with ?continue.
        assertThat(URI.create(browser().getCurrentUrl()).getPath()).isEqualTo("/");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Home");
        assertThat(browser().findElements(By.tagName("header"))).hasSize(1);
        assertThat(browser().findElement(By.className("signed-in")).getText())
                .isEqualTo("Signed in as Demo administrator (Administrator)");
        assertThat(browser().findElements(By.cssSelector(".roadmap .opportunity__title")))
                .extracting(WebElement::getText)
                .containsExactly(Arrays.stream(Opportunity.values())
                        .map(opportunity -> opportunity.number() + " " + opportunity.title())
                        .toArray(String[]::new));
        assertThat(browser().findElement(By.id("nothing-imported")).getText())
                .isEqualTo("Nothing imported yet — run ./stratum import or ./stratum demo.");
    }

    @Test
    void wrongPasswordKeepsThePersonOnTheSignInPageWithAnAlert() {
        browser().get(url("/login"));

        signIn("admin", "not-the-password");

        assertThat(browser().getCurrentUrl()).isEqualTo(url("/login?error"));
        assertThat(browser().findElement(By.cssSelector("[role=alert]")).getText())
                .startsWith("That username and password do not match an active account.");
    }

    @Test
    void signingOutReturnsToTheSignInPage() {
        browser().get(url("/login"));
        signIn("viewer", DEMO_PASSWORD);

        browser().findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/login?logout")));

        assertThat(browser().findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");
        browser().get(url("/"));
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/login"));
    }

    /** Fills in the sign-in form by its labels, as a person (or a screen reader) finds the fields. */
    private void signIn(String username, String password) {
        String before = browser().getCurrentUrl();
        field("Username").sendKeys(username);
        field("Password").sendKeys(password);
        browser().findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }

    private WebElement field(String label) {
        String id = browser().findElement(By.xpath("//label[normalize-space()='" + label + "']")).getDomAttribute("for");
        return browser().findElement(By.id(id));
    }
}
