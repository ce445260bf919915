package org.stratum.core.measure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stratum.core.equity.Direction;

/**
 * A measure as an analyst reads it in its definition file: what it is, which way it improves,
 * which value sets and codes it uses, and the SQL logic of each population.
 *
 * @param id          our id, e.g. {@code controlling-high-blood-pressure}
 * @param cmsId       the CMS identifier with version, e.g. {@code CMS165v13}; empty for our own measures
 * @param title       the published title
 * @param description what the measure counts
 * @param kind        an eCQM or a patient-experience measure
 * @param scoring     how populations combine
 * @param direction   whether a higher or a lower rate is better
 * @param status      verified against the published test cases, or not
 * @param uses        shared definitions the logic reads (hospice, qualifying visits, ...)
 * @param valueSets   the value sets the logic reads, by name
 * @param codes       the codes the logic names directly
 * @param definitions named intermediate relations, in order; later ones and the groups may read earlier ones
 * @param groups      the population groups, in published order
 * @param origin      where the definition came from: {@code built-in} or the file a user added
 */
public record MeasureDefinition(
        String id,
        String cmsId,
        String title,
        String description,
        MeasureKind kind,
        Scoring scoring,
        Direction direction,
        VerificationStatus status,
        List<String> uses,
        List<ValueSetReference> valueSets,
        List<CodeReference> codes,
        Map<String, String> definitions,
        List<MeasureGroup> groups,
        String origin) {

    public static final String BUILT_IN = "built-in";

    public MeasureDefinition {
        uses = List.copyOf(uses);
        valueSets = List.copyOf(valueSets);
        codes = List.copyOf(codes);
        definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        groups = List.copyOf(groups);
    }

    /** The CMS number without version, e.g. {@code CMS165}; empty when the measure is not an eCQM. */
    public Optional<String> cmsNumber() {
        if (cmsId == null || cmsId.isBlank()) {
            return Optional.empty();
        }
        int version = cmsId.toUpperCase(Locale.ROOT).indexOf('V');
        return Optional.of((version > 0 ? cmsId.substring(0, version) : cmsId).toUpperCase(Locale.ROOT));
    }

    /** True when {@code name} is this measure's id, its CMS id or its CMS number, in any case. */
    public boolean isCalled(String name) {
        String wanted = name.trim();
        return id.equalsIgnoreCase(wanted)
                || (cmsId != null && cmsId.equalsIgnoreCase(wanted))
                || cmsNumber().map(n -> n.equalsIgnoreCase(wanted)).orElse(false);
    }

    public boolean builtIn() {
        return BUILT_IN.equals(origin);
    }

    /** The group with {@code id}, or the group at that 1-based position when {@code id} is a number. */
    public Optional<MeasureGroup> group(String idOrIndex) {
        for (MeasureGroup group : groups) {
            if (group.id().equals(idOrIndex)) {
                return Optional.of(group);
            }
        }
        try {
            int index = Integer.parseInt(idOrIndex);
            return index >= 1 && index <= groups.size() ? Optional.of(groups.get(index - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A label that never lets an unverified measure pass for an exact eCQM. */
    public String displayName() {
        String name = cmsNumber().map(n -> n + " " + title).orElse(title);
        return status == VerificationStatus.VERIFIED ? name : name + " (unverified)";
    }
}
