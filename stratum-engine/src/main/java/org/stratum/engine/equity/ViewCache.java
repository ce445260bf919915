package org.stratum.engine.equity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Views already counted, per warehouse and per warehouse state ({@link WarehouseState}): dashboards ask
 * for the same few stratified views (and BISG estimates) again and again, and their counts cannot change
 * until the state does. A stale entry is never read again (its key names the old state) and falls out
 * as the least recently used.
 */
public final class ViewCache {
    /** Enough for every view a team browses in a session; a view is a few hundred cells at most. */
    private static final int VIEWS_KEPT = 512;
    private static final Map<Warehouse, ViewCache> BY_WAREHOUSE = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<Key, Object> views = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > VIEWS_KEPT;
        }
    });

    private ViewCache() {
    }

    public static ViewCache of(Warehouse warehouse) {
        return BY_WAREHOUSE.computeIfAbsent(warehouse, w -> new ViewCache());
    }

    /**
     * The view asked for in this state, counted by {@code count} the first time. Two requests missing at
     * once both count: simpler than a lock around a query, and both get the same answer.
     */
    @SuppressWarnings("unchecked")
    public <T, E extends Exception> T get(String state, Object view, Count<T, E> count) throws E {
        Key key = new Key(state, view);
        Object kept = views.get(key);
        if (kept == null) {
            kept = count.count();
            views.put(key, kept);
        }
        return (T) kept;
    }

    /**
     * Counts a view in the warehouse; what it returns must not change afterwards. It throws what the
     * counting throws (nothing checked for a lambda that throws nothing, SQLException for a query).
     */
    public interface Count<T, E extends Exception> {
        T count() throws E;
    }

    private record Key(String state, Object view) {
    }
}
