package org.stratum.app.workflow.selfid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stratum.app.web.BrowserTest;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The self-identification form end to end in a real headless Chromium: staff issue a code, the
 * patient types it at the kiosk, answers in Spanish with the pointer or in Korean with the keyboard
 * alone (Tab, Space, Enter and typing), and the answers are in the warehouse as self-reported data
 * and in the workflow store as a QuestionnaireResponse. Skipped without Chromium, or failed when
 * STRATUM_REQUIRE_BROWSER=1.
 */
@Import(KioskWarehouse.class)
class BrowserSelfIdentificationTests extends BrowserTest {

    @Autowired
    Warehouse warehouse;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPatientAnswersInSpanishAndTheAnswersReachTheWarehouse() throws Exception {
        String code = issueCode("p-north", "es");
        browser().get(url("/kiosk"));
        assertThat(browser().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser().findElements(By.id("translation-notice"))).isEmpty();
        browser().findElement(By.id("code")).sendKeys(code);
        submit(By.xpath("//button[normalize-space()='Start']"));

        // The form opens in the language staff chose, and says the translation is unreviewed.
        assertThat(browser().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
        assertThat(browser().findElement(By.tagName("legend")).getText()).isEqualTo("¿Cuál es su raza y/o etnia?");
        assertThat(browser().findElement(By.id("translation-notice")).getText())
                .startsWith("Esta traducción aún no ha sido revisada por miembros de la comunidad.");
        assertThat(browser().getPageSource()).doesNotContain("p-north");
        click("group-mexican");
        click("category-MENA");
        browser().findElement(By.id("writein-ASIAN")).sendKeys("Hmong");
        new Select(browser().findElement(By.id("language"))).selectByValue("es");
        click("interpreter-yes");
        click("disability-hearing-no");
        screenshot("self-id-form-es.png");
        submit(By.id("send"));
        assertThat(browser().findElement(By.id("thanks")).getText()).startsWith("Sus respuestas se guardaron.");

        assertThat(kioskRows("p-north")).containsExactly(
                "ASIAN|2028-9|null", "ASIAN|null|Hmong", "HISPANIC|2135-2|null", "HISPANIC|2148-5|null", "MENA|2118-8|null");
        assertThat(patient("p-north")).isEqualTo("es/answered/self-reported/yes");
        assertThat(storedResponse("p-north")).startsWith("es|admin|applied|").contains("\"language\":\"es\"")
                .contains("\"code\":\"2148-5\"");
    }

    @Test
    void aPatientAnswersInKoreanWithTheKeyboardAlone() throws Exception {
        String code = issueCode("p-south", "en");
        browser().get(url("/kiosk?lang=ko"));
        tabTo("code");
        keys(code);
        keys(Keys.ENTER);
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/kiosk/form"));

        // The patient chose Korean at the kiosk, which wins over the language staff suggested.
        assertThat(browser().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ko");
        assertThat(browser().findElement(By.tagName("legend")).getText()).isEqualTo("귀하의 인종 및/또는 민족은 무엇입니까?");
        tabTo("category-NHPI");
        keys(Keys.SPACE);
        tabTo("group-samoan");
        keys(Keys.SPACE);
        tabTo("writein-MENA");
        keys("Yemeni");
        tabTo("interpreter-yes");
        keys(Keys.SPACE);
        tabTo("send");
        keys(Keys.ENTER);
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/kiosk/thanks"));
        assertThat(browser().findElement(By.id("thanks")).getText()).isEqualTo("답변이 저장되었습니다. 태블릿을 직원에게 돌려주십시오.");

        assertThat(kioskRows("p-south")).containsExactly(
                "MENA|2118-8|null", "MENA|null|Yemeni", "NHPI|2076-8|null", "NHPI|2080-0|null");
        assertThat(patient("p-south")).isEqualTo("en/answered/staff-observed/yes");
        assertThat(storedResponse("p-south")).startsWith("ko|admin|applied|");
    }

    /** Signs in as the administrator, issues a code for the patient and signs out again. */
    private String issueCode(String patientId, String formLanguage) {
        browser().get(url("/login"));
        browser().findElement(By.id("username")).sendKeys("admin");
        browser().findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        submit(By.xpath("//button[normalize-space()='Sign in']"));
        browser().findElement(By.linkText("Self-ID")).click();
        browser().findElement(By.id("patientId")).sendKeys(patientId);
        new Select(browser().findElement(By.id("language"))).selectByValue(formLanguage);
        submit(By.xpath("//button[normalize-space()='Issue a code']"));
        String code = browser().findElement(By.id("issued-code-value")).getText();
        assertThat(browser().findElement(By.id("issued-code")).getText()).contains("patient " + patientId);
        submit(By.xpath("//button[normalize-space()='Sign out']"));
        return code;
    }

    /** Presses Tab until the element is focused: it must be reachable from the keyboard. */
    private void tabTo(String id) {
        for (int i = 0; i < 200; i++) {
            WebElement active = browser().switchTo().activeElement();
            if (id.equals(active.getDomAttribute("id"))) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("#" + id + " cannot be reached with the Tab key");
    }

    private void keys(CharSequence keys) {
        new Actions(browser()).sendKeys(keys).perform();
    }

    private void click(String id) {
        browser().findElement(By.cssSelector("label[for='" + id + "']")).click();
        assertThat(browser().findElement(By.id(id)).isSelected()).as(id).isTrue();
    }

    private void submit(By button) {
        WebElement element = browser().findElement(button);
        element.click();
        waitUntilGone(element);
    }

    private void screenshot(String name) throws Exception {
        Dimension size = browser().manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser()).executeScript("return document.body.scrollHeight");
        browser().manage().window().setSize(new Dimension(900, (int) Math.min(height + 150, 6000)));
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES));
        browser().manage().window().setSize(size);
        assertThat(Files.size(target)).isPositive();
    }

    private List<String> kioskRows(String patientId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = warehouse.connect(); PreparedStatement s = c.prepareStatement("""
                SELECT omb_category, code, write_in FROM patient_race_ethnicity
                WHERE patient_id = ? AND source = 'self-id-kiosk' AND reporting_source = 'self-reported'
                  AND collected_via = 'kiosk' ORDER BY omb_category, detailed, code""")) {
            s.setString(1, patientId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3));
                }
            }
        }
        return rows;
    }

    private String patient(String patientId) throws Exception {
        try (Connection c = warehouse.connect(); PreparedStatement s = c.prepareStatement("""
                SELECT concat_ws('/', preferred_language, language_response, language_reporting_source,
                    interpreter_needed) FROM patient WHERE patient_id = ?""")) {
            s.setString(1, patientId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private String storedResponse(String patientId) {
        return jdbc.sql("""
                        SELECT form_language || '|' || issued_by || '|' || warehouse_outcome || '|' || questionnaire_response
                        FROM self_id_response WHERE patient_id = ?""")
                .param(patientId).query(String.class).single();
    }
}
