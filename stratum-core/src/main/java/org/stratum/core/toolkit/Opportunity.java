package org.stratum.core.toolkit;

/**
 * The seven opportunities of the toolkit's "Roadmap for Improvement" (Figure 2), each an area of
 * continuous improvement that strengthens one key driver.
 */
public enum Opportunity {
    ORGANIZE_TEAMS(1, "Organize teams",
            "Form and revise improvement teams dedicated to incorporating racial health equity in care improvement workflows."),
    COLLECT_REAL_DATA(2, "Collect data on race, ethnicity and language",
            "Collect REAL data from all patients, align reporting with emerging standards, and focus on strategies to improve collection of direct self-identified data of patient race/ethnicity."),
    STRATIFY_MEASURES(3, "Identify measures to stratify by REAL data",
            "Choose performance measures to disaggregate and stratify using REAL data, including clinical performance and patient experience measures."),
    ROOT_CAUSES(4, "Analyze and identify root causes of identified inequities",
            "Engage key stakeholders, patients, and community members to review inequities in care and outcomes, use additional data as \"filters\" to better define patterns of inequity, and identify potential root causes of these inequities."),
    CO_DESIGN(5, "Identify and co-design improvement efforts",
            "Co-design improvement efforts with key stakeholders, patients, and community members to incorporate and advance racial health equity in primary care workflows."),
    MONITOR(6, "Guide and monitor improvement efforts",
            "Develop or update performance dashboards to guide and monitor racial health equity-focused care improvement efforts."),
    INSTITUTIONAL_TRANSFORMATION(7, "Inform and accelerate institutional transformation and community action",
            "Learn from and leverage equity-focused care improvement efforts to identify barriers, inform institutional transformation, and accelerate community action to advance racial health equity.");

    private final int number;
    private final String title;
    private final String summary;

    Opportunity(int number, String title, String summary) {
        this.number = number;
        this.title = title;
        this.summary = summary;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }
}
