package dev.baton.domain.crm;

import dev.baton.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one CRM's deals map onto a funnel: which rows belong to it (the pipeline and the column filter, each when set;
 * every row when neither is), which CRM stage
 * label is which funnel stage (empty for a stage such as Closed Lost that is no funnel stage), the date format of the
 * export, the amount's currency, and whether each won deal is a new customer (off by default: upsells close too).
 * Stage labels are matched without regard to case or surrounding spaces.
 */
public record CrmSourceMapping(
        Optional<String> pipeline,
        CrmDateFormat dateFormat,
        Optional<Currency> currency,
        boolean newCustomerPerWonDeal,
        Map<String, Optional<String>> stages,
        Optional<CrmColumnFilter> filter) {

    /** A mapping without a column filter. */
    public CrmSourceMapping(
            Optional<String> pipeline,
            CrmDateFormat dateFormat,
            Optional<Currency> currency,
            boolean newCustomerPerWonDeal,
            Map<String, Optional<String>> stages) {
        this(pipeline, dateFormat, currency, newCustomerPerWonDeal, stages, Optional.empty());
    }

    public CrmSourceMapping {
        filter = Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(dateFormat, "dateFormat");
        pipeline =
                Objects.requireNonNull(pipeline, "pipeline").map(String::strip).filter(p -> !p.isEmpty());
        currency = Objects.requireNonNull(currency, "currency");
        Map<String, Optional<String>> copy = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Optional<String>> stage : stages.entrySet()) {
            String label = stage.getKey() == null ? "" : stage.getKey().strip();
            if (label.isEmpty()) {
                throw new InvalidValueException("field.CRM_STAGE_LABEL");
            }
            if (seen.put(normal(label), label) != null) {
                throw new InvalidValueException("field.CRM_STAGE_TWICE", label);
            }
            copy.put(label, stage.getValue().map(String::strip).filter(k -> !k.isEmpty()));
        }
        stages = Collections.unmodifiableMap(copy);
    }

    /** The funnel stage a CRM label maps to: empty when the label is mapped to none, absent when it is not mapped. */
    public Optional<Optional<String>> stageOf(String crmLabel) {
        String wanted = normal(crmLabel == null ? "" : crmLabel);
        for (Map.Entry<String, Optional<String>> stage : stages.entrySet()) {
            if (normal(stage.getKey()).equals(wanted)) {
                return Optional.of(stage.getValue());
            }
        }
        return Optional.empty();
    }

    /** The funnel stages this mapping reaches, in the funnel's order. */
    public List<String> mappedStages(List<String> funnelOrder) {
        List<String> mapped = new ArrayList<>();
        for (String key : funnelOrder) {
            if (stages.values().stream().anyMatch(s -> s.equals(Optional.of(key)))) {
                mapped.add(key);
            }
        }
        return mapped;
    }

    /** The CRM labels mapped to a funnel stage. */
    public List<String> labelsOf(String funnelStage) {
        List<String> labels = new ArrayList<>();
        stages.forEach((label, stage) -> {
            if (stage.equals(Optional.of(funnelStage))) {
                labels.add(label);
            }
        });
        return labels;
    }

    public boolean inPipeline(String rowPipeline) {
        return pipeline.isEmpty() || normal(pipeline.get()).equals(normal(rowPipeline == null ? "" : rowPipeline));
    }

    /** Whether a row whose cell in the filter's column reads so belongs to the funnel; every row without a filter. */
    public boolean passesFilter(String cell) {
        return filter.isEmpty() || filter.get().matches(cell);
    }

    static String normal(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
