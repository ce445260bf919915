package org.stratum.core.real.selfid;

/**
 * The six disability questions of the HHS 2011 data standard (the ACS questions), each with its
 * LOINC code (real-standards.md §4; the Disability Status Assessment value set).
 */
public enum DisabilityQuestion {
    HEARING("hearing", "69856-3", "Deaf or serious difficulty hearing"),
    SEEING("seeing", "69857-1", "Blind or serious difficulty seeing, even when wearing glasses"),
    COGNITION("cognition", "69858-9", "Serious difficulty concentrating, remembering, or making decisions"),
    WALKING("walking", "69859-7", "Serious difficulty walking or climbing stairs"),
    DRESSING("dressing", "69860-5", "Difficulty dressing or bathing"),
    ERRANDS("errands", "69861-3", "Difficulty doing errands alone");

    private final String key;
    private final String loinc;
    private final String display;

    DisabilityQuestion(String key, String loinc, String display) {
        this.key = key;
        this.loinc = loinc;
        this.display = display;
    }

    public String key() {
        return key;
    }

    public String loinc() {
        return loinc;
    }

    public String display() {
        return display;
    }
}
