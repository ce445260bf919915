package org.stratum.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built-in measure logic keeps to the portable SQL subset, so it will run on Apache Spark as
 * well as DuckDB: none of DuckDB's own syntax may appear outside the dialect layer.
 */
class PortableSqlTest {
    private static final Map<String, Pattern> NOT_PORTABLE = Map.ofEntries(
            Map.entry(":: casts", Pattern.compile("::")),
            Map.entry("QUALIFY", Pattern.compile("(?i)\\bqualify\\b")),
            Map.entry("arg_max/arg_min", Pattern.compile("(?i)\\barg_(max|min)\\b")),
            Map.entry("aggregate FILTER", Pattern.compile("(?i)\\bfilter\\s*\\(")),
            Map.entry("INTERVAL literals", Pattern.compile("(?i)\\binterval\\b")),
            Map.entry("DuckDB date functions", Pattern.compile("(?i)\\b(date_diff|datediff|date_sub|date_part|date_trunc|strftime|strptime|epoch|to_years|to_months|to_days)\\s*\\(")),
            Map.entry("list and struct functions", Pattern.compile("(?i)\\b(list_\\w+|struct_\\w+|array_\\w+|unnest|flatten)\\s*\\(")),
            Map.entry("lambdas", Pattern.compile("->")),
            Map.entry("regular expressions", Pattern.compile("(?i)\\bregexp_\\w+\\s*\\(")),
            Map.entry("SELECT * EXCLUDE/REPLACE, COLUMNS", Pattern.compile("(?i)\\b(exclude|columns)\\s*\\(")),
            Map.entry("string concatenation with ||", Pattern.compile("\\|\\|")));

    @Test
    void noBuiltInDefinitionUsesDuckDbOnlySyntax() {
        List<String> found = new ArrayList<>();
        logic().forEach((where, sql) -> NOT_PORTABLE.forEach((what, pattern) -> {
            if (pattern.matcher(withoutComments(sql)).find()) {
                found.add(where + ": " + what);
            }
        }));
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckSeesEveryPieceOfLogic() {
        assertThat(logic()).containsKey("controlling-high-blood-pressure: groups[1].numerator")
                .containsKey("shared/qicore: definitions.patient_period");
    }

    private static Map<String, String> logic() {
        MeasureLibrary library = MeasureLibrary.builtIn();
        Map<String, String> logic = new LinkedHashMap<>();
        for (MeasureDefinition measure : library.measures()) {
            measure.definitions().forEach((name, sql) -> logic.put(measure.id() + ": definitions." + name, sql));
            for (int g = 0; g < measure.groups().size(); g++) {
                int group = g + 1;
                measure.groups().get(g).criteria().forEach((population, sql) ->
                        logic.put(measure.id() + ": groups[" + group + "]." + population.key(), sql));
            }
            library.sharedFor(measure).forEach(shared -> shared.definitions().forEach((name, sql) ->
                    logic.put("shared/" + shared.name() + ": definitions." + name, sql)));
        }
        return logic;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }
}
