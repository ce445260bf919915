package org.stratum.app.web.measures;

/** A measure page for a measure the library does not have, or that was not computed: a 404 naming it. */
class UnknownMeasurePage extends RuntimeException {
    UnknownMeasurePage(String message) {
        super(message);
    }
}
