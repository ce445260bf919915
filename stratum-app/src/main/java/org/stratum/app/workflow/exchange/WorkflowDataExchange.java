package org.stratum.app.workflow.exchange;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stratum.app.audit.AuditLog;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organisation's workflow data as one JSON document, made of the {@link WorkflowDataPart}s, and
 * back. An import is all or nothing: one transaction, refused as a whole with a message naming the
 * first failing record.
 */
@Service
public class WorkflowDataExchange {

    /** Identifies the document, so that another JSON file is refused with a clear message. */
    static final String FORMAT = "stratum-workflow-data";
    static final int FORMAT_VERSION = 1;

    private final List<WorkflowDataPart<?>> parts;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public WorkflowDataExchange(List<WorkflowDataPart<?>> parts, PlatformTransactionManager transactions, AuditLog audit) {
        this.parts = parts.stream().sorted(Comparator.comparingInt(WorkflowDataPart::position)).toList();
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    /** Writes every part's records. */
    public void export(OutputStream out, String username) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("formatVersion", FORMAT_VERSION);
        for (WorkflowDataPart<?> part : parts) {
            document.put(part.name(), part.export());
        }
        json.writeValue(out, document);
        audit.record(username, "workflow.export", "workflow data", null);
    }

    /**
     * Reads a document written by {@link #export} into the store, all or nothing.
     *
     * @return how many records were imported
     * @throws ImportRefused naming the failing record and the reason; nothing was stored
     */
    public int importFrom(InputStream in, String username) {
        JsonNode document;
        try {
            document = json.readTree(in);
        } catch (JacksonException e) {
            throw new ImportRefused("The file is not valid JSON: " + e.getOriginalMessage());
        }
        if (document == null || !document.isObject() || !FORMAT.equals(document.path("format").asString(null))) {
            throw new ImportRefused("The file is not a Stratum workflow export: it has no \"format\": \"" + FORMAT + "\".");
        }
        if (document.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new ImportRefused("The export's formatVersion must be " + FORMAT_VERSION + ".");
        }
        for (Iterator<String> names = document.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!name.startsWith("format") && parts.stream().noneMatch(part -> part.name().equals(name))) {
                throw new ImportRefused("The export holds '" + name + "', which this version of Stratum does not know.");
            }
        }
        Integer imported = transaction.execute(status -> {
            int count = 0;
            for (WorkflowDataPart<?> part : parts) {
                count += importPart(part, document.path(part.name()), username);
            }
            audit.record(username, "workflow.import", "workflow data", count + " records");
            return count;
        });
        return imported == null ? 0 : imported;
    }

    private <T> int importPart(WorkflowDataPart<T> part, JsonNode records, String username) {
        if (records.isMissingNode() || records.isNull()) {
            return 0;
        }
        if (!records.isArray()) {
            throw new ImportRefused("'" + part.name() + "' must be a list of records.");
        }
        if (!records.isEmpty() && part.storedRecords() > 0) {
            throw new ImportRefused("The store already holds " + part.storedRecords() + " records of '" + part.name()
                    + "'; import into a store without them, so that nothing is duplicated or overwritten.");
        }
        int index = 0;
        for (JsonNode node : records) {
            index++;
            String where = "Record " + index + " of '" + part.name() + "'";
            T record;
            try {
                record = json.treeToValue(node, part.type());
            } catch (JacksonException e) {
                throw new ImportRefused(where + " cannot be read: " + e.getOriginalMessage());
            }
            try {
                part.importRecord(record, username);
            } catch (IllegalArgumentException e) {
                throw new ImportRefused(where + " (" + part.describe(record) + ") was refused: " + e.getMessage() + ".");
            } catch (DataAccessException e) {
                throw new ImportRefused(where + " (" + part.describe(record) + ") was refused by the database: "
                        + e.getMostSpecificCause().getMessage().lines().findFirst().orElse(""));
            }
        }
        return index;
    }
}
