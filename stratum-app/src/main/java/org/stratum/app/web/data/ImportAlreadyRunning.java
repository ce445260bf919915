package org.stratum.app.web.data;

/** A request to start an import while another is running: one import at a time per warehouse. */
class ImportAlreadyRunning extends RuntimeException {

    ImportAlreadyRunning(ImportJob running) {
        super("An import is already running (source '" + running.request().source() + "', started by "
                + running.request().importedBy() + "). Wait until it has finished, then upload again.");
    }
}
