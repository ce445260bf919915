package org.stratum.app.data;

import org.stratum.engine.warehouse.WarehouseSummary;

/**
 * Where the web application learns what the warehouse holds. The application defines no
 * implementation: whoever starts it (the {@code stratum} command line) provides one bean, typically
 * reading the warehouse in {@code stratum.data-dir}.
 */
@FunctionalInterface
public interface WarehouseSummarySource {

    /**
     * What the warehouse holds now. Called on every home page view, so it should be cheap (a few
     * counts); it must not fail when nothing has been imported yet ({@link WarehouseSummary#empty()}).
     */
    WarehouseSummary summary();
}
