package org.stratum.core.real.tabulation;

import java.util.HashMap;
import java.util.Map;

/**
 * A few branches of the CDC tree, copied from the fixture, so the tabulation rules are tested even
 * where the reference fixtures are absent. The product never types codes in; tests may.
 */
final class SmallCdcTree {
    static final String CHINESE = "2034-7";
    static final String FILIPINO = "2036-2";
    static final String AFRICAN_AMERICAN = "2058-6";
    static final String SAMOAN = "2080-0";
    static final String IRISH = "2113-9";
    static final String LEBANESE = "2123-8";
    static final String ARAB = "2129-5";
    static final String MEXICAN = "2148-5";
    static final String SALVADORAN = "2161-8";
    static final String ABENAKI = "1006-6";

    private SmallCdcTree() {
    }

    static CdcCodeTree tree() {
        Map<String, String> parents = new HashMap<>();
        parents.put("1000-9", null);
        parents.put("1002-5", "1000-9");
        parents.put("1004-1", "1002-5");
        parents.put(ABENAKI, "1004-1");
        parents.put("2028-9", "1000-9");
        parents.put(CHINESE, "2028-9");
        parents.put(FILIPINO, "2028-9");
        parents.put("2054-5", "1000-9");
        parents.put(AFRICAN_AMERICAN, "2054-5");
        parents.put("2076-8", "1000-9");
        parents.put("2078-4", "2076-8");
        parents.put(SAMOAN, "2078-4");
        parents.put("2106-3", "1000-9");
        parents.put("2108-9", "2106-3");
        parents.put(IRISH, "2108-9");
        parents.put("2118-8", "2106-3");
        parents.put(LEBANESE, "2118-8");
        parents.put(ARAB, "2106-3");
        parents.put("2131-1", "1000-9");
        parents.put("2133-7", null);
        parents.put("2135-2", "2133-7");
        parents.put(MEXICAN, "2135-2");
        parents.put("2155-0", "2135-2");
        parents.put(SALVADORAN, "2155-0");
        parents.put("2186-5", "2133-7");
        return new CdcCodeTree(parents);
    }
}
