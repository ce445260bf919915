package org.stratum.core.equity.suppression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * A reader who tries to recover hidden counts from what a suppressed table shows, by exact interval
 * reasoning (the "audit" of statistical disclosure control): for each hidden cell, the smallest and
 * largest value it can take given every shown count, every sum, that counts are not negative, and
 * that a hidden shown-type cell is at least 1 (zeros are always shown, so the reader knows that).
 * Two linear programmes per cell, solved by Commons Math's simplex, a solver independent of the
 * protecting search. The reader knows nothing of how cells were chosen.
 *
 * <p>The programmes are over real numbers, so each interval contains the one over whole counts;
 * since the protection is checked with a margin (max must reach the threshold), the attack over
 * whole counts fails whenever this one does, as the protections are whole-count tables.
 */
final class LinearProgrammingAttacker {
    private final SimplexSolver solver = new SimplexSolver(1e-9, 10, 1e-12);

    Map<Integer, FeasibleInterval> attack(SuppressedTable suppressed) {
        PublishedTable table = suppressed.table();
        List<Integer> hidden = suppressed.hiddenCells();
        Map<Integer, Integer> variable = new HashMap<>();
        for (int v = 0; v < hidden.size(); v++) {
            variable.put(hidden.get(v), v);
        }
        Collection<LinearConstraint> known = new ArrayList<>();
        for (AdditiveConstraint sum : table.sums()) {
            double[] coefficients = new double[hidden.size()];
            double shown = 0;
            boolean anyHidden = false;
            List<Integer> cells = new ArrayList<>(sum.parts());
            cells.add(sum.total());
            for (int cell : cells) {
                double coefficient = cell == sum.total() ? 1 : -1;
                Integer v = variable.get(cell);
                if (v == null) {
                    shown += coefficient * table.cell(cell).count();
                } else {
                    coefficients[v] += coefficient;
                    anyHidden = true;
                }
            }
            if (anyHidden) {
                known.add(new LinearConstraint(coefficients, Relationship.EQ, -shown));
            }
        }
        for (int v = 0; v < hidden.size(); v++) {
            if (table.cell(hidden.get(v)).displayed()) {
                double[] unit = new double[hidden.size()];
                unit[v] = 1;
                known.add(new LinearConstraint(unit, Relationship.GEQ, 1));
            }
        }
        Map<Integer, FeasibleInterval> intervals = new HashMap<>();
        for (int v = 0; v < hidden.size(); v++) {
            double[] objective = new double[hidden.size()];
            objective[v] = 1;
            intervals.put(hidden.get(v), new FeasibleInterval(solve(objective, known, GoalType.MINIMIZE),
                    solve(objective, known, GoalType.MAXIMIZE)));
        }
        return intervals;
    }

    private double solve(double[] objective, Collection<LinearConstraint> known, GoalType goal) {
        if (known.isEmpty()) {
            return goal == GoalType.MINIMIZE ? 0 : Double.POSITIVE_INFINITY;
        }
        try {
            PointValuePair optimum = solver.optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                    new LinearConstraintSet(known), goal, new NonNegativeConstraint(true));
            return optimum.getValue();
        } catch (UnboundedSolutionException unbounded) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
