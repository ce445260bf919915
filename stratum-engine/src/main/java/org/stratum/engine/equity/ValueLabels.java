package org.stratum.engine.equity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.stratum.core.equity.gaps.Slice;

/** Words for the values a scan finds: site and clinician names, language names, slices as phrases. */
final class ValueLabels {
    private final Map<String, String> sites;
    private final Map<String, String> clinicians;

    private ValueLabels(Map<String, String> sites, Map<String, String> clinicians) {
        this.sites = sites;
        this.clinicians = clinicians;
    }

    static ValueLabels read(Connection connection) throws SQLException {
        return new ValueLabels(names(connection, "SELECT site_id, any_value(name) FROM care_site GROUP BY site_id"),
                names(connection, "SELECT clinician_id, any_value(name) FROM clinician GROUP BY clinician_id"));
    }

    /** A group's label within a dimension. */
    String group(ScanColumn dimension, String value) {
        return switch (dimension) {
            case LANGUAGE -> value.equals("unknown") ? "Language unknown" : language(value) + " (" + value + ")";
            case INTERPRETER -> switch (value) {
                case "yes" -> "Needs an interpreter";
                case "no" -> "No interpreter needed";
                default -> "Interpreter need unknown";
            };
            case SITE -> value.equals("unattributed") ? "No site attributed" : sites.getOrDefault(value, value);
            case PAYER -> value.equals("unknown") ? "Payer unknown" : value;
            case CLINICIAN -> value.equals("unattributed") ? "No clinician attributed"
                    : clinicians.getOrDefault(value, value);
            case DEPRIVATION_QUINTILE -> value.equals("unknown") ? "Deprivation unknown"
                    : "Quintile " + value + (value.equals("1") ? " (least deprived)" : value.equals("5") ? " (most deprived)" : "");
            case SOCIAL_NEEDS -> switch (value) {
                case "need" -> "Social need found";
                case "no-need" -> "No social need found";
                default -> "Not screened";
            };
            case SEXUAL_ORIENTATION -> switch (value) {
                case "straight" -> "Straight or heterosexual";
                case "lesbian-or-gay" -> "Lesbian or gay";
                case "bisexual" -> "Bisexual";
                case "something-else" -> "Another sexual orientation";
                case "dont-know" -> "Does not know (sexual orientation)";
                case "declined" -> "Sexual orientation declined";
                default -> "Sexual orientation unknown";
            };
            case GENDER_IDENTITY -> switch (value) {
                case "female" -> "Identifies as female gender";
                case "male" -> "Identifies as male gender";
                case "nonbinary" -> "Identifies as nonbinary gender";
                case "something-else" -> "Another gender identity";
                case "declined" -> "Gender identity declined";
                default -> "Gender identity unknown";
            };
            case DISABILITY -> switch (value) {
                case "yes" -> "Disability (yes to a question)";
                case "no" -> "No disability";
                case "declined" -> "Disability questions declined";
                default -> "Disability unknown";
            };
            default -> value;
        };
    }

    /** The slice of patients with one value of a filter. */
    Slice slice(ScanColumn filter, String value) {
        return new Slice(filter.column(), value, switch (filter) {
            case SITE -> value.equals("unattributed") ? "patients attributed to no site"
                    : "patients at site " + sites.getOrDefault(value, value);
            case CLINICIAN -> value.equals("unattributed") ? "patients attributed to no clinician"
                    : "patients of clinician " + clinicians.getOrDefault(value, value);
            case PAYER -> "patients with payer " + value;
            case AGE_BAND -> value.equals("unknown") ? "patients of unknown age" : "patients aged " + value.replace('-', '–');
            case SEX -> "patients of sex " + value;
            case LANGUAGE -> value.equals("unknown") ? "patients whose preferred language is unknown"
                    : "patients preferring " + language(value);
            case DEPRIVATION_QUINTILE -> value.equals("unknown") ? "patients whose neighbourhood deprivation is unknown"
                    : "patients in neighbourhood deprivation quintile " + value + " (5 = most deprived)";
            case SOCIAL_NEEDS -> switch (value) {
                case "need" -> "patients screened with a social need";
                case "no-need" -> "patients screened without a social need";
                default -> "patients not screened for social needs";
            };
            default -> throw new IllegalArgumentException(filter + " is not a filter");
        });
    }

    private static String language(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(tag) ? tag : name;
    }

    private static Map<String, String> names(Connection connection, String sql) throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.put(rows.getString(1), rows.getString(2));
            }
        }
        return names;
    }
}
