package org.stratum.app.web.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.stratum.app.OpenWarehouse;
import org.stratum.app.web.BrowserTest;

/**
 * An analyst's way through an import, in a real headless Chromium against the application on a
 * random port with a real warehouse: sign in, open the Data page, upload a file, watch the import
 * run and finish without reloading the page, and find it in the history.
 */
@Import({OpenWarehouse.class, HeldImports.class})
class BrowserImportTests extends BrowserTest {

    @TempDir
    static Path downloads;

    @Autowired
    HeldImports held;

    @Test
    void analystUploadsAFileAndSeesTheImportFinishAndEnterTheHistory() throws Exception {
        WebDriver browser = chromium.browser();
        Path export = Files.writeString(downloads.resolve("export.ndjson"), TestFiles.FHIR_NDJSON);
        browser.get(url("/data"));
        signIn(browser, "analyst");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Data");
        assertThat(browser.findElement(By.id("nothing-imported")).getText()).isEqualTo("Nothing imported yet.");

        HeldImports.Hold hold = held.holdNextImport();
        browser.findElement(By.id(labelled(browser, "Files"))).sendKeys(export.toString());
        browser.findElement(By.id(labelled(browser, "Source name"))).sendKeys("riverside-fhir");
        browser.findElement(By.xpath("//button[normalize-space()='Upload and import']")).click();
        hold.awaitReached();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-progress-text"), "50%"));
        assertThat(browser.findElement(By.id("status-heading")).getText()).isEqualTo("Import running");
        assertThat(browser.findElement(By.id("import-progress-text")).getText()).contains("export.ndjson");
        // A mark on this page: if the page were reloaded instead of updated in place, it would be gone.
        ((JavascriptExecutor) browser).executeScript("window.stratumSamePage = true;");

        hold.release();
        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-outcome")));
        assertThat(outcome.getText()).isEqualTo("Imported 2 rows from 1 file as source 'riverside-fhir'.");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#import-history tr.import[data-source='riverside-fhir']")));
        assertThat(row.getText()).contains("riverside-fhir").contains("fhir").contains("analyst").contains("patient");
        assertThat(browser.findElement(By.id("warehouse-patients")).getText()).isEqualTo("1");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stratumSamePage === true;")).isEqualTo(true);
    }

    /** Signs in on the sign-in page the browser was sent to, by the fields' labels. */
    private void signIn(WebDriver browser, String username) {
        String before = browser.getCurrentUrl();
        browser.findElement(By.id(labelled(browser, "Username"))).sendKeys(username);
        browser.findElement(By.id(labelled(browser, "Password"))).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }

    /** The id of the field a label names, as a person (or a screen reader) finds it. */
    private static String labelled(WebDriver browser, String label) {
        return browser.findElement(By.xpath("//label[normalize-space()='" + label + "']")).getDomAttribute("for");
    }
}
