package org.stratum.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.app.cli.CliRun.stratum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** stratum stratify as an analyst runs it: each format, the JSON shape, suppression and refusals of bad input. */
class StratifyCommandTests {
    private static final List<String> CELL_FIELDS = List.of("key", "label", "denominator", "numerator", "rate", "ci_low",
            "ci_high", "difference", "difference_ci_low", "difference_ci_high", "ratio", "ratio_ci_low", "ratio_ci_high",
            "p_value", "meaningful", "suppressed", "unstable");
    private static final List<String> COUNTED = List.of("denominator", "numerator");

    @TempDir
    static Path temp;

    @BeforeAll
    static void computeBloodPressure() {
        Path extract = temp.resolve("extract");
        assertThat(stratum("generate", "--patients", "2000", "--seed", "3", "--out", extract.toString(), "--format", "csv")
                .exitCode()).isZero();
        assertThat(stratum(data(), "import", extract.toString()).exitCode()).isZero();
        assertThat(stratum(data(), "measures", "run", "--period", "2025", "--measure", "CMS165").exitCode()).isZero();
    }

    private static String data() {
        return "--data=" + temp.resolve("data");
    }

    private static JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(data(), "stratify", "--measure", "CMS165", "--format", "json"));
        all.addAll(List.of(args));
        CliRun run = stratum(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void jsonHasTheMeasurePeriodReferenceStrataAndSummaryFieldByField() {
        JsonNode view = json("--by", "race-2024,sex", "--filter", "age-band=45-64", "--filter", "age-band=65-74",
                "--period", "2025-01-01/2025-12-31", "--reference", "overall");

        assertThat(view.get("measure").asString()).isEqualTo("controlling-high-blood-pressure");
        assertThat(view.get("period").get("start").asString()).isEqualTo("2025-01-01");
        assertThat(view.get("period").get("end").asString()).isEqualTo("2025-12-31");
        assertThat(view.get("reference").asString()).startsWith("the overall rate");
        assertThat(view.get("filters").get("age-band")).hasSize(2);
        assertThat(view.get("strata")).isNotEmpty();
        for (JsonNode cell : view.get("strata")) {
            assertThat(cell.propertyNames()).containsAll(CELL_FIELDS);
            assertThat(cell.get("key")).hasSize(2);
            assertThat(cell.get("label").asString()).contains(" · ");
            if (cell.get("suppressed").asBoolean()) {
                assertThat(cell.get("rate").isNull()).isTrue();
                assertThat(cell.get("ci_low").isNull()).isTrue();
                assertThat(cell.get("difference").isNull()).isTrue();
            } else {
                assertThat(cell.get("rate").asDouble()).isBetween(0.0, 1.0);
                assertThat(cell.get("ci_low").asDouble()).isLessThanOrEqualTo(cell.get("rate").asDouble());
            }
            for (String count : COUNTED) {
                if (!cell.get(count).isNull()) {
                    assertThat(cell.get(count).asLong()).as(count).matches(c -> c == 0 || c >= 11);
                }
            }
        }
        assertThat(view.get("strata").valueStream().anyMatch(c -> c.get("suppressed").asBoolean())).isTrue();
        assertThat(view.get("summary").get("groups").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(view.get("summary").get("measures").valueStream().map(m -> m.get("name").asString()))
                .contains("range difference", "Theil index");
        assertThat(view.get("suppression").asString()).contains("hidden");
    }

    @Test
    void noSuppressShowsEveryCountAndSaysSo() {
        JsonNode suppressed = json("--by", "clinician");
        JsonNode shown = json("--by", "clinician", "--no-suppress");

        assertThat(suppressed.get("strata").valueStream().anyMatch(c -> c.get("denominator").isNull())).isTrue();
        assertThat(shown.get("strata").valueStream().noneMatch(c -> c.get("denominator").isNull())).isTrue();
        assertThat(shown.get("strata").valueStream().anyMatch(c -> c.get("denominator").asLong() < 11
                || c.get("numerator").asLong() < 11 && c.get("numerator").asLong() > 0)).isTrue();
        assertThat(shown.get("suppression").asString()).startsWith("NOT SUPPRESSED (--no-suppress)");

        CliRun table = stratum(data(), "stratify", "--measure", "CMS165", "--by", "clinician", "--no-suppress");
        assertThat(table.out()).contains("NOT SUPPRESSED (--no-suppress)");
    }

    @Test
    void tableReadsAsAReportWithTheTotalAndTheReference() {
        CliRun run = stratum(data(), "stratify", "--measure", "CMS165", "--by", "deprivation-quintile",
                "--reference", "best");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Controlling High Blood Pressure, 2025-01-01/2025-12-31, by deprivation quintile")
                .contains("Counts of 1 to 10, and counts revealing one, are hidden")
                .contains("Compared with ").contains("Quintile 5 (most deprived)").containsPattern("(?m)^Total\\s+[\\d,]+");
    }

    @Test
    void csvHasOneColumnPerDimensionAndOneRowPerStratumPlusTheTotal() {
        CliRun run = stratum(data(), "stratify", "--measure", "CMS165", "--by", "social-needs,interpreter",
                "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("social-needs,interpreter,label,denominator,numerator,rate,ci_low");
        int strata = json("--by", "social-needs,interpreter").get("strata").size();
        assertThat(lines).hasSize(1 + strata + 1);
        assertThat(lines.get(lines.size() - 1)).startsWith(",,Total,");
    }

    @Test
    void aNamedStratumIsTheReference() {
        JsonNode view = json("--by", "social-needs", "--reference", "not-screened");

        assertThat(view.get("reference").asString()).isEqualTo("Not screened");
        assertThat(view.get("strata").valueStream().filter(c -> c.get("label").asString().equals("Not screened"))
                .findFirst().orElseThrow().get("difference").asDouble()).isZero();
    }

    @Test
    void badInputIsOneLineNamingTheParameterWithExitCodeTwo() {
        assertRefused("--measure", "--measure", "CMS999", "--by", "sex");
        assertRefused("--by", "--measure", "CMS165", "--by", "shoe-size");
        assertRefused("--by", "--measure", "CMS165", "--by", "sex,sex");
        assertRefused("--filter", "--measure", "CMS165", "--by", "sex", "--filter", "site=nowhere");
        assertRefused("--filter", "--measure", "CMS165", "--by", "sex", "--filter", "site");
        assertRefused("--period", "--measure", "CMS165", "--by", "sex", "--period", "2025-13-01/2025-12-31");
        assertRefused("--period", "--measure", "CMS165", "--by", "sex", "--period", "2019");
        assertRefused("--reference", "--measure", "CMS165", "--by", "sex", "--reference", "tallest");
    }

    @Test
    void optionalDimensionsAreRefusedUntilTurnedOn() {
        assertRefused("--by", "--measure", "CMS165", "--by", "gender-identity");
        assertRefused("--filter", "--measure", "CMS165", "--by", "sex", "--filter", "disability=yes");
        assertRefused("--optional-dimensions", "--measure", "CMS165", "--by", "sex", "--optional-dimensions", "race-2024");
        CliRun off = stratum(data(), "stratify", "--measure", "CMS165", "--by", "sexual-orientation");
        assertThat(off.err()).contains("'sexual-orientation' is an optional dimension, off on this instance")
                .contains("STRATUM_DIMENSIONS_OPTIONAL");
    }

    @Test
    void optionalDimensionsTurnedOnStratifyLikeAnyOther() {
        JsonNode view = json("--by", "gender-identity,disability", "--filter", "sexual-orientation=straight",
                "--optional-dimensions", "sexual-orientation,gender-identity,disability");

        assertThat(view.get("by").valueStream().map(JsonNode::asString)).containsExactly("gender-identity", "disability");
        assertThat(view.get("strata").valueStream().map(c -> c.get("label").asString()))
                .contains("Identifies as female gender · Disability unknown",
                        "Identifies as male gender · Disability unknown");
        for (JsonNode cell : view.get("strata")) {
            for (String count : COUNTED) {
                if (!cell.get(count).isNull()) {
                    assertThat(cell.get(count).asLong()).as(count).matches(c -> c == 0 || c >= 11);
                }
            }
        }
        CliRun csv = stratum(data(), "stratify", "--measure", "CMS165", "--by", "disability", "--format", "csv",
                "--optional-dimensions", "disability");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("disability,label,").contains("unknown,Disability unknown,", "no,No disability,");
    }

    private static void assertRefused(String parameter, String... args) {
        List<String> all = new ArrayList<>(List.of(data(), "stratify"));
        all.addAll(List.of(args));
        CliRun run = stratum(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(run.err().lines().toList()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("stratum stratify: " + parameter + ": ");
        assertThat(run.out()).isEmpty();
    }
}
