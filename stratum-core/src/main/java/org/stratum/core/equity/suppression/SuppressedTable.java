package org.stratum.core.equity.suppression;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * A table after suppression: what each count became, what may be shown, and for every small count
 * the {@link Protection} that shows it cannot be worked out from the rest.
 */
public final class SuppressedTable {
    private final PublishedTable table;
    private final SuppressionPolicy policy;
    private final CellStatus[] statuses;
    private final Map<Integer, Protection> protections;

    SuppressedTable(PublishedTable table, SuppressionPolicy policy, CellStatus[] statuses,
                    Map<Integer, Protection> protections) {
        this.table = table;
        this.policy = policy;
        this.statuses = statuses.clone();
        this.protections = Map.copyOf(protections);
    }

    public PublishedTable table() {
        return table;
    }

    public SuppressionPolicy policy() {
        return policy;
    }

    public CellStatus status(int cell) {
        return statuses[cell];
    }

    public boolean isShown(int cell) {
        return statuses[cell] == CellStatus.SHOWN;
    }

    /** The count, if it may be shown. */
    public OptionalLong shown(int cell) {
        return isShown(cell) ? OptionalLong.of(table.cell(cell).count()) : OptionalLong.empty();
    }

    /** The cells a reader does not see: small, complementary and never-displayed ones. */
    public List<Integer> hiddenCells() {
        return IntStream.range(0, statuses.length).filter(i -> !isShown(i)).boxed().toList();
    }

    /** How many shown-type cells were hidden to protect others. */
    public long complementaryCount() {
        return IntStream.range(0, statuses.length).filter(i -> statuses[i] == CellStatus.COMPLEMENTARY).count();
    }

    /** Why a small cell is safe; empty for cells that are not small. */
    public Optional<Protection> protection(int cell) {
        return Optional.ofNullable(protections.get(cell));
    }

    public Map<Integer, Protection> protections() {
        return protections;
    }
}
