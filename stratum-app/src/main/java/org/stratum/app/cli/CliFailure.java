package org.stratum.app.cli;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.stratum.core.measure.InvalidMeasureDefinition;
import org.stratum.core.measure.UnknownMeasure;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.measure.MeasureLogicError;
import org.stratum.engine.warehouse.DataDirectoryUnusable;
import org.stratum.engine.warehouse.WarehouseInUse;
import org.stratum.engine.warehouse.WarehouseRebuildFailed;

/** Finds, in a chain of causes, the one sentence a user needs. */
final class CliFailure {
    private CliFailure() {
    }

    static String describe(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable cause : chain) {
            if (cause instanceof DataDirectoryUnusable || cause instanceof WarehouseInUse
                    || cause instanceof WarehouseRebuildFailed || cause instanceof ImportRejected
                    || cause instanceof InvalidMeasureDefinition || cause instanceof UnknownMeasure
                    || cause instanceof MeasureLogicError) {
                return cause.getMessage();
            }
            if (cause.getClass().getSimpleName().equals("PortInUseException")) {
                return sentence(firstLine(cause)) + " Stop what is using it, or choose another port with --port.";
            }
        }
        List<Throwable> deepestFirst = new ArrayList<>(chain);
        Collections.reverse(deepestFirst);
        for (Throwable cause : deepestFirst) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || message.contains("Connection to") && message.contains("refused")) {
                return "The workflow store database cannot be reached (" + firstSentence(cause)
                        + "). Check --db-url / STRATUM_DB_URL and that the database is running.";
            }
            if (message.contains("Database may be already in use")) {
                return "The workflow store in the data directory is in use by another Stratum process. Stop it first.";
            }
            if (message.contains("password authentication failed") || message.contains("does not exist")
                    && cause.getClass().getName().contains("postgresql")) {
                return "The workflow store database refused the connection (" + firstSentence(cause) + ").";
            }
        }
        Throwable deepest = chain.get(chain.size() - 1);
        return deepest.getMessage() == null ? deepest.getClass().getSimpleName() : firstLine(deepest);
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String firstSentence(Throwable cause) {
        String line = firstLine(cause);
        int end = line.indexOf(". ");
        return end > 0 ? line.substring(0, end) : line.replaceFirst("\\.$", "");
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String firstLine(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        return message.lines().filter(l -> !l.isBlank()).findFirst().orElse(message).strip();
    }
}
