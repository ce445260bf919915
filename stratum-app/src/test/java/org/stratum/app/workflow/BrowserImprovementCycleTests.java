package org.stratum.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.stratum.app.annotations.ChartAnnotation;
import org.stratum.app.annotations.ChartAnnotations;
import org.stratum.app.web.BrowserTest;
import org.stratum.app.web.measures.MeasuredWarehouse;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.StratifyingDimension;
import org.stratum.engine.equity.WarehouseMeasureStrata;
import org.stratum.engine.warehouse.Warehouse;

/**
 * An improvement cycle from start to decision in a real headless Chromium over a measured synthetic
 * warehouse: an analyst starts a cycle, adds an effort with an equity aim, records a co-design
 * session, plans a PDSA cycle and records what was done; the home page reminds them to study it; the
 * study shows the stratum's measure before and after the change, as the engine computed it; they
 * record the study and adopt the change. Skipped without Chromium, or failed when
 * STRATUM_REQUIRE_BROWSER=1.
 */
@Import(MeasuredWarehouse.class)
class BrowserImprovementCycleTests extends BrowserTest {
    private static final String MEASURE = "controlling-high-blood-pressure";
    private static final String STRATUM = "Spanish (es)";

    @Autowired
    Warehouse warehouse;

    @Autowired
    List<ChartAnnotations> annotations;

    @Test
    void analystRunsACycleThroughAPdsaStudyWithTheMeasuredNumbers() {
        signIn("analyst");
        click(By.linkText("Improvement"));
        assertThat(browser().findElement(By.id("no-cycles")).getText()).isEqualTo("No improvement cycle yet.");
        click(By.id("start-cycle"));
        browser().findElement(By.id("name")).sendKeys("Blood pressure equity, winter");
        new Select(browser().findElement(By.id("opportunity"))).selectByValue("CO_DESIGN");
        click(By.xpath("//button[normalize-space()='Start a cycle']"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Blood pressure equity, winter");

        click(By.id("add-effort"));
        browser().findElement(By.id("title")).sendKeys("Blood pressure follow-up in Spanish");
        new Select(browser().findElement(By.id("measureId"))).selectByValue(MEASURE);
        new Select(browser().findElement(By.id("dimension"))).selectByValue("language");
        browser().findElement(By.id("stratum")).sendKeys(STRATUM);
        browser().findElement(By.id("baselinePercent")).sendKeys("52");
        browser().findElement(By.id("targetPercent")).sendKeys("65");
        browser().findElement(By.id("stakeholders")).sendKeys("Patient advisory council; promotoras");
        click(By.xpath("//button[normalize-space()='Add an effort']"));
        assertThat(browser().findElement(By.id("equity-aim")).getText()).startsWith("Raise ")
                .contains("Controlling High Blood Pressure").contains("for Spanish (es) (preferred language) from 52% to 65%");

        browser().findElement(By.id("participants")).sendKeys("Six patients and two promotoras");
        browser().findElement(By.id("heard")).sendKeys("Daytime calls go unanswered");
        browser().findElement(By.id("decided")).sendKeys("Call in Spanish after 6 pm");
        click(By.xpath("//button[normalize-space()='Record the session']"));
        assertThat(browser().findElement(By.cssSelector(".co-design-session")).getText())
                .contains("Six patients and two promotoras").contains("Call in Spanish after 6 pm");

        click(By.id("plan-pdsa"));
        browser().findElement(By.id("changeTested")).sendKeys("Evening calls in Spanish after a high reading");
        browser().findElement(By.id("prediction")).sendKeys("Half of those called come back within a month");
        setDate("startsOn", "2025-11-15");
        click(By.cssSelector("label[for=startsNewPhase1]"));
        click(By.xpath("//button[normalize-space()='Save the plan']"));
        assertThat(browser().findElement(By.id("pdsa-stage")).getText()).isEqualTo("Stage: Plan written; testing the change");

        setDate("endsOn", "2025-11-30");
        browser().findElement(By.id("notes")).sendKeys("41 patients called");
        click(By.xpath("//button[normalize-space()='Record what was done']"));
        assertThat(browser().findElement(By.id("pdsa-stage")).getText()).isEqualTo("Stage: Awaiting study");

        click(By.linkText("Home"));
        WebElement reminder = browser().findElement(By.cssSelector("#what-is-due .due--pdsa-study"));
        assertThat(reminder.getText()).startsWith("Study the PDSA cycle \"Evening calls in Spanish after a high reading\"")
                .contains("overdue");
        click(By.cssSelector("#what-is-due .due--pdsa-study a"));

        // Before: the latest computed period ending before 15 November 2025; after: the latest ending after the 30th.
        assertThat(row("study-before-stratum")).isEqualTo(expected("Before", MeasurementPeriod.twelveMonthsEnding(
                YearMonth.of(2025, 10)), STRATUM));
        assertThat(row("study-after-stratum")).isEqualTo(expected("After", MeasurementPeriod.calendarYear(2025), STRATUM));
        assertThat(row("study-after-everyone")).isEqualTo(expected("After", MeasurementPeriod.calendarYear(2025), null));

        browser().findElement(By.id("notes")).sendKeys("Returns rose among those called");
        click(By.xpath("//button[normalize-space()='Record the study']"));
        assertThat(browser().findElement(By.id("study-notes")).getText()).isEqualTo("Returns rose among those called");
        click(By.cssSelector("label[for=decision-adopt]"));
        click(By.xpath("//button[normalize-space()='Record the decision']"));
        assertThat(browser().findElement(By.id("act-decision")).getText()).startsWith("Adopt");
        assertThat(browser().findElement(By.id("pdsa-stage")).getText()).isEqualTo("Stage: Decided");

        click(By.linkText("Home"));
        assertThat(browser().findElements(By.cssSelector("#what-is-due .due--pdsa-study"))).isEmpty();
        assertThat(annotations).flatExtracting(a -> a.forMeasure(MEASURE)).singleElement()
                .extracting(ChartAnnotation::date, ChartAnnotation::stratum, ChartAnnotation::startsNewPhase)
                .containsExactly(LocalDate.of(2025, 11, 15), STRATUM, true);

        // Opportunity 6: the change is marked on the Spanish speakers' control chart and starts a new phase there.
        browser().get(url("/measures/" + MEASURE + "/monitor?by=language"));
        List<String> marked = browser().findElements(By.cssSelector(".annotations li")).stream().map(WebElement::getText).toList();
        assertThat(marked).singleElement().asString().contains("2025-11-15", "Evening calls in Spanish after a high reading",
                "(starts a new phase)");
        assertThat(browser().findElements(By.cssSelector("svg .annotation-line--phase"))).hasSize(1);

        // And the equity report for leadership carries the effort and what its PDSA cycle found.
        browser().get(url("/report/equity?start=2025-01-01&end=2025-12-31&audience=LEADERSHIP&format=HTML"));
        assertThat(browser().findElement(By.id("section-efforts")).getText()).contains("Blood pressure follow-up in Spanish",
                "Evening calls in Spanish after a high reading", "2025-11-15 to 2025-11-30", "Adopt");
    }

    /** The row as the engine's own counts say it should read (none of these counts is small enough to hide). */
    private String expected(String when, MeasurementPeriod period, String stratum) {
        var measure = MeasureLibrary.builtIn().require(MEASURE);
        List<GroupCount> counts = new WarehouseMeasureStrata(warehouse)
                .count(measure, period, StratifyingDimension.LANGUAGE).get(measure.groups().get(0).id());
        GroupCount count = stratum == null
                ? new GroupCount("Everyone", counts.stream().mapToLong(GroupCount::numerator).sum(),
                        counts.stream().mapToLong(GroupCount::denominator).sum())
                : counts.stream().filter(c -> c.group().equals(stratum)).findFirst().orElseThrow();
        assertThat(count.numerator()).isGreaterThan(10);
        var interval = count.proportion().wilson(org.stratum.core.equity.rate.ConfidenceLevel.NINETY_FIVE);
        return String.join(" | ", when, period.start() + " – " + period.end(), count.group(),
                percent(count.proportion().value()), percent(interval.lower()).replace("%", "") + "–"
                        + percent(interval.upper()), String.valueOf(count.numerator()), String.valueOf(count.denominator()));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private String row(String id) {
        return String.join(" | ", browser().findElements(By.cssSelector("#" + id + " th, #" + id + " td")).stream()
                .map(WebElement::getText).toList());
    }

    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]",
                browser().findElement(By.id(id)), isoDate);
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
        browser().findElement(By.id("username")).sendKeys(username);
        browser().findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        click(By.xpath("//button[normalize-space()='Sign in']"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Home");
    }
}
