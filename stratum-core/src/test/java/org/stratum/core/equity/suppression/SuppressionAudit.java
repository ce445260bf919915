package org.stratum.core.equity.suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the tests demand of a suppressed table, as a list of findings (empty when it is safe):
 * the attacker cannot pin any hidden shown-type cell nor prove any small count to be below the
 * threshold; no zero and no large count is hidden without need of it; every protection is a
 * genuine alternative table.
 */
final class SuppressionAudit {
    private final LinearProgrammingAttacker attacker = new LinearProgrammingAttacker();

    List<String> findings(SuppressedTable suppressed) {
        PublishedTable table = suppressed.table();
        long threshold = suppressed.policy().threshold();
        Map<Integer, FeasibleInterval> intervals = attacker.attack(suppressed);
        List<String> findings = new ArrayList<>();
        for (int cell = 0; cell < table.size(); cell++) {
            Cell c = table.cell(cell);
            FeasibleInterval interval = intervals.get(cell);
            boolean small = suppressed.policy().isSmall(c.count());
            if (c.displayed() && small && suppressed.isShown(cell)) {
                findings.add("small count shown: " + c);
            }
            if (c.displayed() && c.count() == 0 && !suppressed.isShown(cell)) {
                findings.add("zero hidden: " + c);
            }
            if (interval == null) {
                continue;
            }
            if (small && interval.provenBelow(threshold)) {
                findings.add("attacker proves " + c + " is in " + interval);
            }
            if (c.displayed() && interval.pinned()) {
                findings.add("attacker pins hidden " + c + " to " + interval);
            }
        }
        suppressed.protections().values().forEach(p -> checkProtection(suppressed, p, findings));
        return findings;
    }

    private static void checkProtection(SuppressedTable suppressed, Protection protection, List<String> findings) {
        PublishedTable table = suppressed.table();
        long[] counts = table.cells().stream().mapToLong(Cell::count).toArray();
        long[] other = protection.alternative(counts);
        for (int cell = 0; cell < counts.length; cell++) {
            boolean displayedHidden = table.cell(cell).displayed() && !suppressed.isShown(cell);
            if (suppressed.isShown(cell) && other[cell] != counts[cell]) {
                findings.add(protection + " changes shown cell " + table.cell(cell));
            }
            if (other[cell] < (displayedHidden ? 1 : 0)) {
                findings.add(protection + " takes " + table.cell(cell) + " to " + other[cell]);
            }
        }
        for (AdditiveConstraint sum : table.sums()) {
            long parts = sum.parts().stream().mapToLong(i -> other[i]).sum();
            if (parts != other[sum.total()]) {
                findings.add(protection + " breaks the sum of " + table.cell(sum.total()));
            }
        }
        if (other[protection.protectedCell()] < suppressed.policy().threshold()) {
            findings.add(protection + " leaves its cell below the threshold");
        }
    }
}
