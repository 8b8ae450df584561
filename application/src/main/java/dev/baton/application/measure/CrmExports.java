package dev.baton.application.measure;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.crm.CrmSourceMapping;
import dev.baton.domain.crm.Deal;
import dev.baton.domain.crm.DealFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The deals of a CRM export, read from its columns by their labels (other columns are ignored). A HubSpot export's
 * "Date entered …" columns give the entry dates of the mapped stage their label names; a Salesforce Opportunity
 * History report gives, for each opportunity, the first date it was seen in each stage.
 */
final class CrmExports {

    static final String HUBSPOT_STAGE = "Deal Stage";
    static final String HUBSPOT_PIPELINE = "Pipeline";
    static final String AMOUNT = "Amount";
    static final String CLOSE_DATE = "Close Date";
    static final String HUBSPOT_CREATE_DATE = "Create Date";
    static final String DATE_ENTERED = "date entered";
    static final String SALESFORCE_ID = "Opportunity ID";
    static final String SALESFORCE_STAGE = "Stage";
    static final String SALESFORCE_CREATED = "Created Date";
    static final String HISTORY_MODIFIED = "Last Modified";

    private CrmExports() {}

    static DealFile hubspot(MeasureCsv.Parsed table, CrmSourceMapping mapping, String file) {
        Header header = Header.of(table, file);
        int stage = header.required(HUBSPOT_STAGE);
        int amount = header.required(AMOUNT);
        int close = header.required(CLOSE_DATE);
        int create = header.required(HUBSPOT_CREATE_DATE);
        int pipeline =
                mapping.pipeline().isPresent() ? header.required(HUBSPOT_PIPELINE) : header.optional(HUBSPOT_PIPELINE);
        int id = header.optional("Record ID");
        header.throwIfMissing();
        Map<String, List<Integer>> enteredColumns = new LinkedHashMap<>();
        Map<String, String> enteredFrom = new LinkedHashMap<>();
        for (String label : mapping.stages().keySet()) {
            for (int c = 0; c < header.labels.size(); c++) {
                String column = header.labels.get(c);
                String lower = column.toLowerCase(Locale.ROOT);
                if (lower.startsWith(DATE_ENTERED) && names(lower.substring(DATE_ENTERED.length()), label)) {
                    enteredColumns
                            .computeIfAbsent(label, l -> new ArrayList<>())
                            .add(c);
                    enteredFrom.putIfAbsent(label, column);
                }
            }
        }
        List<Deal> deals = new ArrayList<>(table.rows().size());
        for (MeasureCsv.Row row : header.data()) {
            List<String> f = row.fields();
            Map<String, String> entered = new HashMap<>();
            enteredColumns.forEach((label, columns) -> {
                // one column per pipeline may name the stage: a deal has a date in its own pipeline's only
                String date = "";
                for (int c : columns) {
                    if (date.isBlank()) {
                        date = cell(f, c);
                    }
                }
                entered.put(label, date);
            });
            deals.add(new Deal(
                    row.line(),
                    cell(f, id),
                    cell(f, stage),
                    cell(f, pipeline),
                    cell(f, amount),
                    cell(f, close),
                    cell(f, create),
                    entered));
        }
        return new DealFile(deals, AMOUNT, CLOSE_DATE, HUBSPOT_CREATE_DATE, enteredFrom);
    }

    static DealFile salesforce(
            MeasureCsv.Parsed opportunities,
            Optional<MeasureCsv.Parsed> history,
            CrmSourceMapping mapping,
            String file,
            String historyFile) {
        Header header = Header.of(opportunities, file);
        int stage = header.required(SALESFORCE_STAGE);
        int amount = header.required(AMOUNT);
        int close = header.required(CLOSE_DATE);
        int create = header.required(SALESFORCE_CREATED);
        int id = history.isPresent() ? header.required(SALESFORCE_ID) : header.optional(SALESFORCE_ID);
        int pipeline = header.optional("Record Type");
        if (pipeline < 0) {
            pipeline = header.optional("Pipeline");
        }
        if (mapping.pipeline().isPresent() && pipeline < 0) {
            header.required("Record Type");
        }
        int filter = mapping.filter().map(f -> header.required(f.column())).orElse(-1);
        header.throwIfMissing();
        Map<String, Map<String, String>> enteredById = new HashMap<>();
        Map<String, String> enteredFrom = new LinkedHashMap<>();
        if (history.isPresent()) {
            Header h = Header.of(history.get(), historyFile);
            int hId = h.required(SALESFORCE_ID);
            int hStage = h.required(SALESFORCE_STAGE);
            int hDate = h.optional(HISTORY_MODIFIED);
            if (hDate < 0) {
                hDate = h.required(SALESFORCE_CREATED);
            }
            h.throwIfMissing();
            String dateColumn = h.labels.get(hDate);
            for (MeasureCsv.Row row : h.data()) {
                String label = cell(row.fields(), hStage).strip();
                String date = cell(row.fields(), hDate);
                if (label.isEmpty() || date.isBlank()) {
                    continue;
                }
                Optional<String> mapped = mapping.stages().keySet().stream()
                        .filter(l -> l.equalsIgnoreCase(label))
                        .findFirst();
                if (mapped.isEmpty()) {
                    continue;
                }
                enteredFrom.putIfAbsent(mapped.get(), historyFile + ": " + dateColumn);
                // history rows come in any order: the first seen is kept, and the derivation reads dates
                enteredById
                        .computeIfAbsent(cell(row.fields(), hId).strip(), k -> new HashMap<>())
                        .merge(mapped.get(), date, (a, b) -> earlierText(a, b, mapping));
            }
        }
        List<Deal> deals = new ArrayList<>(opportunities.rows().size());
        for (MeasureCsv.Row row : header.data()) {
            List<String> f = row.fields();
            String opportunity = cell(f, id).strip();
            deals.add(new Deal(
                    row.line(),
                    opportunity,
                    cell(f, stage),
                    cell(f, pipeline),
                    cell(f, amount),
                    cell(f, close),
                    cell(f, create),
                    enteredById.getOrDefault(opportunity, Map.of()),
                    cell(f, filter)));
        }
        return new DealFile(deals, AMOUNT, CLOSE_DATE, SALESFORCE_CREATED, enteredFrom);
    }

    /** Of two history dates, the earlier one; one that does not read is kept, so the derivation names it. */
    private static String earlierText(String a, String b, CrmSourceMapping mapping) {
        var da = mapping.dateFormat().parse(a);
        var db = mapping.dateFormat().parse(b);
        if (da.isEmpty()) {
            return a;
        }
        if (db.isEmpty()) {
            return b;
        }
        return db.get().isBefore(da.get()) ? b : a;
    }

    /** Whether the rest of a "Date entered" label names the stage: {@code 'Contract Sent (Sales Pipeline)'}. */
    private static boolean names(String rest, String label) {
        String text = rest.strip();
        if (text.startsWith("\"") || text.startsWith("'") || text.startsWith("“")) {
            text = text.substring(1);
        }
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        if (!text.startsWith(wanted)) {
            return false;
        }
        String after = text.substring(wanted.length());
        return after.isEmpty() || !Character.isLetterOrDigit(after.charAt(0));
    }

    private static String cell(List<String> fields, int column) {
        return column >= 0 && column < fields.size() ? fields.get(column) : "";
    }

    /** The first row's column labels, and the columns a file lacks. */
    private static final class Header {
        final List<String> labels;
        final MeasureCsv.Parsed table;
        final String file;
        final List<String> missing = new ArrayList<>();

        private Header(MeasureCsv.Parsed table, String file) {
            this.table = table;
            this.file = file;
            if (!table.unreadable().isEmpty()) {
                int line = table.unreadable().get(0).line();
                throw InvalidInputException.of("file", "field.CRM_UNCLOSED_QUOTE", file, String.valueOf(line));
            }
            if (table.rows().isEmpty()) {
                throw InvalidInputException.of("file", "field.CRM_EMPTY_FILE", file);
            }
            labels = table.rows().get(0).fields().stream()
                    .map(l -> l.replace("\uFEFF", "").strip())
                    .toList();
        }

        static Header of(MeasureCsv.Parsed table, String file) {
            return new Header(table, file);
        }

        int optional(String label) {
            for (int c = 0; c < labels.size(); c++) {
                if (labels.get(c).equalsIgnoreCase(label)) {
                    return c;
                }
            }
            return -1;
        }

        int required(String label) {
            int column = optional(label);
            if (column < 0) {
                missing.add(label);
            }
            return column;
        }

        void throwIfMissing() {
            if (!missing.isEmpty()) {
                List<FieldError> errors = missing.stream()
                        .map(label -> FieldError.of(label, "field.CRM_MISSING_COLUMN", file, label))
                        .toList();
                throw new InvalidInputException(errors);
            }
        }

        List<MeasureCsv.Row> data() {
            return table.rows().subList(1, table.rows().size());
        }
    }
}
