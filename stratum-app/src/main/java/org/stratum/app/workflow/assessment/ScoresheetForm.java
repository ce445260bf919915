package org.stratum.app.workflow.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.stratum.core.toolkit.KeyDriver;

/** One person's scoresheet: a score from 1 to 5 and an optional note for each key driver, in driver order. */
public class ScoresheetForm {

    private List<@Valid Entry> entries = new ArrayList<>();

    /** The scoresheet as the person left it, or blank for each driver they have not scored. */
    static ScoresheetForm of(Map<KeyDriver, DriverScore> sheet) {
        ScoresheetForm form = new ScoresheetForm();
        for (KeyDriver driver : KeyDriver.values()) {
            Entry entry = new Entry();
            DriverScore score = sheet.get(driver);
            if (score != null) {
                entry.setScore(score.score());
                entry.setNote(score.note());
            }
            form.entries.add(entry);
        }
        return form;
    }

    boolean hasOneEntryPerDriver() {
        return entries.size() == KeyDriver.values().length;
    }

    /** The scores; call only once the form is valid. */
    List<DriverScore> scores() {
        return Arrays.stream(KeyDriver.values())
                .map(driver -> {
                    Entry entry = entries.get(driver.ordinal());
                    return new DriverScore(driver, entry.getScore(), entry.getNote());
                })
                .toList();
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public void setEntries(List<Entry> entries) {
        this.entries = entries;
    }

    /** One driver's line of the scoresheet. */
    public static class Entry {

        @NotNull(message = "{assessment.scoresheet.scoreRequired}")
        @Min(value = 1, message = "{assessment.scoresheet.scoreRange}")
        @Max(value = 5, message = "{assessment.scoresheet.scoreRange}")
        private Integer score;

        @Size(max = 2000, message = "{assessment.scoresheet.noteLong}")
        private String note;

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
