package org.stratum.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.measure.MeasurementPeriod;

/** `stratum real completeness` as a user runs it over an imported synthetic population. */
class RealCompletenessCommandTests {
    private static final Pattern GROUP = Pattern.compile("(?m)^(.+): ([\\d,]+|hidden) patients(  BELOW TARGET.*)?$");
    private static final Pattern SHARE = Pattern.compile("(?m)^  (\\S.*?)\\s{2,}([\\d,]+)  \\s*([\\d.]+)%  \\(([\\d.]+)% to ([\\d.]+)%\\)$");
    private static final Pattern COUNT_LINE = Pattern.compile("(?m)^  \\S.*?\\s{2,}([\\d,]+|hidden)(?:  .*)?$");

    @TempDir
    static Path temp;

    private static String data() {
        return "--data=" + temp.resolve("data");
    }

    @BeforeAll
    static void importSyntheticPopulation() {
        Path extract = temp.resolve("extract");
        assertThat(CliRun.stratum("generate", "--patients", "2000", "--seed", "7", "--out", extract.toString(),
                "--format", "csv").exitCode()).isZero();
        assertThat(CliRun.stratum(data(), "import", extract.toString()).exitCode()).isZero();
    }

    record Group(String label, Long patients, boolean flagged, Long selfReported) {
    }

    private static List<Group> groups(String out) {
        List<Group> groups = new ArrayList<>();
        String[] blocks = out.split("\\R\\R");
        for (String block : blocks) {
            Matcher head = GROUP.matcher(block);
            if (!head.find()) {
                continue;
            }
            Long patients = head.group(2).equals("hidden") ? null : Long.parseLong(head.group(2).replace(",", ""));
            Long selfReported = null;
            Matcher share = SHARE.matcher(block);
            while (share.find()) {
                if (share.group(1).equals("self-reported race/ethnicity")) {
                    selfReported = Long.parseLong(share.group(2).replace(",", ""));
                }
            }
            groups.add(new Group(head.group(1), patients, head.group(3) != null, selfReported));
        }
        return groups;
    }

    @Test
    void bySiteDefaultsToTheLastTwelveMonthsAndFlagsSitesBelowTheTarget() {
        CliRun run = CliRun.stratum(data(), "real", "completeness");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher period = Pattern.compile("REAL completeness in (\\S+) by site").matcher(run.out());
        assertThat(period.find()).as(run.out()).isTrue();
        MeasurementPeriod shown = MeasurementPeriod.parse(period.group(1));
        assertThat(shown.start()).isEqualTo(YearMonth.from(shown.end()).minusMonths(11).atDay(1));
        assertThat(run.out()).contains("Target: 90% of patients with self-reported race/ethnicity")
                .contains("self-reported language").contains("staff-observed only").contains("declined")
                .contains("Other Race only").contains("All patients: ");

        List<Group> groups = groups(run.out());
        assertThat(groups).hasSizeGreaterThan(2);
        int flagged = 0;
        for (Group group : groups) {
            if (group.patients() != null && group.selfReported() != null) {
                boolean below = group.selfReported() < 0.9 * group.patients();
                assertThat(group.flagged()).as(group.label()).isEqualTo(below);
                flagged += below && !group.label().equals("All patients") ? 1 : 0;
            }
        }
        assertThat(flagged).as(run.out()).isPositive();
        assertThat(run.out()).contains(flagged + " group" + (flagged == 1 ? "" : "s") + " below the 90% target.");
    }

    @Test
    void aLowerTargetFlagsFewerSitesAndZeroFlagsNone() {
        CliRun strict = CliRun.stratum(data(), "real", "completeness", "--period", "2025", "--target", "100");
        CliRun none = CliRun.stratum(data(), "real", "completeness", "--period", "2025", "--target", "0");

        assertThat(strict.exitCode()).as(strict.err()).isZero();
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(strict.out()).contains("REAL completeness in 2025-01-01/2025-12-31 by site").contains("BELOW TARGET (100%)");
        assertThat(none.out()).doesNotContain("BELOW TARGET").contains("0 groups below the 0% target.");
    }

    @Test
    void noGroupingEverPrintsACountOfOneToTen() {
        boolean somethingHidden = false;
        for (String by : List.of("site", "source", "channel", "month")) {
            CliRun run = CliRun.stratum(data(), "real", "completeness", "--period", "2025", "--by", by);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("by " + by + ":");
            List<Long> counts = new ArrayList<>();
            Matcher line = COUNT_LINE.matcher(run.out());
            while (line.find()) {
                if (line.group(1).equals("hidden")) {
                    somethingHidden = true;
                } else {
                    counts.add(Long.parseLong(line.group(1).replace(",", "")));
                }
            }
            groups(run.out()).forEach(g -> {
                if (g.patients() != null) {
                    counts.add(g.patients());
                }
            });
            assertThat(counts).as(by).isNotEmpty().allSatisfy(n -> assertThat(n == 0 || n >= 11).as(by + ": " + n).isTrue());
            if (by.equals("month")) {
                assertThat(groups(run.out())).extracting(Group::label).contains("2025-01", "2025-12").hasSize(12);
            }
        }
        assertThat(somethingHidden).as("small channels or months are hidden, not printed").isTrue();
    }

    @Test
    void badOptionsExitWithTwoAndOneLineSayingWhy() {
        for (String[] args : List.of(new String[] {"--by", "ward"}, new String[] {"--target", "150"},
                new String[] {"--period", "last-year"})) {
            List<String> all = new ArrayList<>(List.of(data(), "real", "completeness"));
            all.addAll(List.of(args));
            CliRun run = CliRun.stratum(all.toArray(String[]::new));

            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            // One line saying why, then the command's usage, as for every command.
            String reason = run.err().lines().findFirst().orElseThrow();
            assertThat(reason).as(run.err()).startsWith("stratum: ").contains(args[0]);
            assertThat(run.err()).contains("Usage: stratum real completeness");
        }
    }

    @Test
    void aPeriodWithoutVisitsFailsWithExitOneAndALineSayingSo() {
        CliRun run = CliRun.stratum(data(), "real", "completeness", "--period", "1990");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().findFirst()).as(run.err())
                .hasValue("stratum: No patient had a visit in 1990-01-01/1990-12-31; choose another --period");
    }

    @Test
    void stratumHelpListsTheRealCommand() {
        CliRun run = CliRun.stratum("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^\\s+real\\s+Race, ethnicity and language");
    }
}
