package org.stratum.engine.generate.people;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stratum.core.real.OmbCategory;
import org.stratum.engine.generate.ResourceCsv;
import org.stratum.engine.generate.Rng;

/**
 * The detailed origins of each group and how common they are, overall and at sites whose
 * communities differ (Vietnamese at Bolsa Avenue, Hmong and Punjabi in the Central Valley…), read
 * from {@code synthetic-origins.csv}.
 */
public final class OriginCatalogue {
    private final Map<PrimaryGroup, Weighted> everywhere = new EnumMap<>(PrimaryGroup.class);
    private final Map<String, Weighted> bySiteAndGroup = new HashMap<>();

    private record Weighted(List<Origin> origins, List<Double> weights) {
        Origin draw(Rng rng) {
            return origins.get(rng.weighted(weights.stream().mapToDouble(Double::doubleValue).toArray()));
        }
    }

    public static OriginCatalogue load() {
        OriginCatalogue catalogue = new OriginCatalogue();
        for (NamedCsvRecord row : ResourceCsv.rows("synthetic-origins.csv")) {
            PrimaryGroup group = PrimaryGroup.valueOf(row.getField("group"));
            Origin origin = new Origin(row.getField("origin"), group, OmbCategory.fromKey(row.getField("omb_category")),
                    optional(row.getField("cdc_code")), row.getField("cdc_display"), optional(row.getField("write_in")),
                    optional(row.getField("language")), Double.parseDouble(row.getField("language_share")),
                    row.getField("name_pool"));
            double weight = Double.parseDouble(row.getField("weight"));
            String site = row.getField("site");
            Weighted table = site.equals("*")
                    ? catalogue.everywhere.computeIfAbsent(group, g -> new Weighted(new ArrayList<>(), new ArrayList<>()))
                    : catalogue.bySiteAndGroup.computeIfAbsent(site + "/" + group,
                            k -> new Weighted(new ArrayList<>(), new ArrayList<>()));
            table.origins().add(origin);
            table.weights().add(weight);
        }
        return catalogue;
    }

    /** The origin of a person of {@code group} who attends {@code siteId}. */
    public Origin draw(Rng rng, PrimaryGroup group, String siteId) {
        Weighted local = bySiteAndGroup.get(siteId + "/" + group);
        return (local != null ? local : everywhere.get(group)).draw(rng);
    }

    /** An origin with no detail for a minimum category, for second races of multiracial people. */
    public Origin minimum(PrimaryGroup group) {
        return everywhere.get(group).origins().stream()
                .filter(o -> o.cdcCode().isEmpty() || o.cdcCode().get().equals(o.category().cdcCode()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No minimum-category origin for " + group));
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
