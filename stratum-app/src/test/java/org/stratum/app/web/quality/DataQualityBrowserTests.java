package org.stratum.app.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.stratum.app.organisation.UserSites;
import org.stratum.app.web.BrowserTest;
import org.stratum.engine.warehouse.Warehouse;

/**
 * An analyst's way through the Data quality page in a real headless Chromium: the page by site,
 * switched to collection channel, then the re-ask list of their site. Screenshots are kept in
 * {@code target/screenshots}.
 */
@Import(QualityWarehouse.class)
class DataQualityBrowserTests extends BrowserTest {
    @Autowired
    UserSites userSites;

    @Autowired
    Warehouse warehouse;

    @Test
    void anAnalystSwitchesTheGroupingAndOpensTheReaskListOfTheirSite() throws IOException {
        Warehouse.CareSiteRef site = warehouse.careSites().get(0);
        userSites.assign("analyst", List.of(site.siteId()));

        browser().get(url("/data-quality"));
        signIn("analyst");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Data quality");
        assertThat(caption()).startsWith("REAL completeness by site");
        assertThat(browser().findElements(By.cssSelector("svg.share-bars rect.share-bar"))).isNotEmpty();
        assertThat(browser().findElements(By.cssSelector("#trend-table tbody tr"))).hasSize(12);
        screenshot("data-quality");

        new Select(browser().findElement(By.id("by"))).selectByVisibleText("collection channel");
        browser().findElement(By.xpath("//button[normalize-space()='Show']")).click();
        waitFor(ExpectedConditions.urlContains("by=channel"));
        assertThat(caption()).startsWith("REAL completeness by channel");
        assertThat(browser().findElements(By.cssSelector("#completeness-table tbody th[scope=row]")))
                .extracting(WebElement::getText).contains("All patients");

        browser().findElement(By.id("reask-link")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Patients to ask again"));
        List<WebElement> sites = browser().findElements(By.xpath("//table[@id='reask-table']/tbody/tr/td[3]"));
        assertThat(sites).isNotEmpty();
        assertThat(sites).extracting(WebElement::getText).containsOnly(site.name());
        screenshot("data-quality-reask");
    }

    private String caption() {
        return browser().findElement(By.cssSelector("#completeness-table caption")).getText();
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
        new WebDriverWait(browser(), Duration.ofSeconds(30)).until(condition);
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
