package dev.baton.domain.crm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The measures of each month that a CRM export gives a funnel, and the rows it could not count.
 *
 * <ul>
 *   <li>{@code deals}: the deals in the won stage (the mapped funnel stage furthest along), in the month of their
 *       close date;
 *   <li>{@code average_deal_value}: their amounts' sum ÷ their number, so that new revenue is the sum;
 *   <li>{@code entered:<stage>}: the deals entering each mapped stage in the month they entered it, from the export's
 *       entry dates. A stage without entry dates is derived only when it is the first mapped stage (by create date)
 *       or the won stage (by close date); any other is listed in {@link Derivation#stagesWithoutDates()}. A deal
 *       whose entry date for a stage is empty skipped that stage and is not counted in it;
 *   <li>{@code new_customers}: equal to {@code deals} when the mapping says each won deal is a new customer.
 * </ul>
 *
 * Every month from the first to the last one counted gets each measure, zero where nothing happened, so a month
 * without won deals reads 0 deals rather than no value; {@code average_deal_value} is left out of a month without
 * deals.
 */
public final class DealMeasures {

    public static final String DEALS = "deals";
    public static final String AVERAGE_DEAL_VALUE = "average_deal_value";
    public static final String NEW_CUSTOMERS = "new_customers";
    public static final String ENTERED = "entered:";

    /** Digits with an optional decimal point after thousands separators are taken out. */
    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");

    private static final int AVERAGE_SCALE = 10;

    private DealMeasures() {}

    /** The measures of a file: per month, measure key → value; with the rows skipped and the undated stages. */
    public record Derivation(
            Map<YearMonth, Map<String, BigDecimal>> months,
            List<SkippedDeal> skipped,
            Set<String> unmappedStagesSeen,
            List<String> stagesWithoutDates,
            int dealsRead) {

        public Derivation {
            months = Collections.unmodifiableMap(new TreeMap<>(months));
            skipped = List.copyOf(skipped);
            unmappedStagesSeen = Collections.unmodifiableSet(new LinkedHashSet<>(unmappedStagesSeen));
            stagesWithoutDates = List.copyOf(stagesWithoutDates);
        }

        public List<SkippedDeal> unreadable() {
            return skipped.stream().filter(SkippedDeal::unreadable).toList();
        }
    }

    /**
     * @param funnelOrder the funnel's stage keys in order
     */
    public static Derivation derive(CrmSourceMapping mapping, List<String> funnelOrder, DealFile file) {
        Objects.requireNonNull(mapping, "mapping");
        List<String> mapped = mapping.mappedStages(funnelOrder);
        Optional<String> first = mapped.isEmpty() ? Optional.empty() : Optional.of(mapped.get(0));
        Optional<String> won = mapped.isEmpty() ? Optional.empty() : Optional.of(mapped.get(mapped.size() - 1));

        Map<String, List<String>> datedLabels = new LinkedHashMap<>();
        List<String> derivable = new ArrayList<>();
        List<String> withoutDates = new ArrayList<>();
        for (String stage : mapped) {
            List<String> labels = mapping.labelsOf(stage).stream()
                    .filter(label -> enteredColumn(file, label).isPresent())
                    .toList();
            datedLabels.put(stage, labels);
            if (!labels.isEmpty() || first.get().equals(stage) || won.get().equals(stage)) {
                derivable.add(stage);
            }
            if (labels.isEmpty()) {
                withoutDates.add(stage);
            }
        }

        Tally tally = new Tally();
        List<SkippedDeal> skipped = new ArrayList<>();
        Set<String> unmapped = new LinkedHashSet<>();
        for (Deal deal : file.deals()) {
            if (!mapping.inPipeline(deal.pipeline())) {
                skipped.add(new SkippedDeal(deal.row(), SkippedDeal.Reason.OTHER_PIPELINE, "", deal.pipeline()));
                continue;
            }
            if (!mapping.passesFilter(deal.filterCell())) {
                String column = mapping.filter().orElseThrow().column();
                skipped.add(new SkippedDeal(deal.row(), SkippedDeal.Reason.FILTERED_OUT, column, deal.filterCell()));
                continue;
            }
            Optional<Optional<String>> stage = mapping.stageOf(deal.stage());
            if (stage.isEmpty()) {
                unmapped.add(deal.stage().strip());
                skipped.add(new SkippedDeal(deal.row(), SkippedDeal.Reason.UNMAPPED_STAGE, "", deal.stage()));
                continue;
            }
            boolean isWon = won.isPresent() && stage.get().equals(won);
            Counted counted = new Counted();
            Optional<SkippedDeal> problem = count(deal, mapping, file, isWon, first, won, datedLabels, counted);
            if (problem.isPresent()) {
                skipped.add(problem.get());
                continue;
            }
            tally.add(counted);
        }
        return new Derivation(
                tally.months(derivable, mapping.newCustomerPerWonDeal()),
                skipped,
                unmapped,
                withoutDates,
                file.deals().size());
    }

    /** What one deal adds: its won month and amount, and the month it entered each stage. */
    private static final class Counted {
        YearMonth wonIn;
        BigDecimal amount;
        final Map<String, YearMonth> entered = new LinkedHashMap<>();
    }

    private static Optional<SkippedDeal> count(
            Deal deal,
            CrmSourceMapping mapping,
            DealFile file,
            boolean isWon,
            Optional<String> first,
            Optional<String> won,
            Map<String, List<String>> datedLabels,
            Counted counted) {
        CrmDateFormat format = mapping.dateFormat();
        if (isWon) {
            Optional<LocalDate> closed = format.parse(deal.closeDate());
            if (closed.isEmpty()) {
                return Optional.of(new SkippedDeal(
                        deal.row(), SkippedDeal.Reason.UNREADABLE_DATE, file.closeDateColumn(), deal.closeDate()));
            }
            Optional<BigDecimal> amount = amount(deal.amount(), mapping);
            if (amount.isEmpty()) {
                return Optional.of(new SkippedDeal(
                        deal.row(), SkippedDeal.Reason.UNREADABLE_AMOUNT, file.amountColumn(), deal.amount()));
            }
            counted.wonIn = YearMonth.from(closed.get());
            counted.amount = amount.get();
        }
        for (Map.Entry<String, List<String>> stage : datedLabels.entrySet()) {
            String key = stage.getKey();
            List<String> labels = stage.getValue();
            if (!labels.isEmpty()) {
                LocalDate earliest = null;
                for (String label : labels) {
                    String text = deal.entered().getOrDefault(label, "");
                    if (text.isBlank()) {
                        continue;
                    }
                    Optional<LocalDate> date = format.parse(text);
                    if (date.isEmpty()) {
                        return Optional.of(new SkippedDeal(
                                deal.row(),
                                SkippedDeal.Reason.UNREADABLE_DATE,
                                enteredColumn(file, label).orElse(""),
                                text));
                    }
                    if (earliest == null || date.get().isBefore(earliest)) {
                        earliest = date.get();
                    }
                }
                if (earliest != null) {
                    counted.entered.put(key, YearMonth.from(earliest));
                }
            } else if (first.get().equals(key)) {
                Optional<LocalDate> created = format.parse(deal.createDate());
                if (created.isEmpty()) {
                    return Optional.of(new SkippedDeal(
                            deal.row(),
                            SkippedDeal.Reason.UNREADABLE_DATE,
                            file.createDateColumn(),
                            deal.createDate()));
                }
                counted.entered.put(key, YearMonth.from(created.get()));
            } else if (won.get().equals(key) && isWon) {
                counted.entered.put(key, counted.wonIn);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> enteredColumn(DealFile file, String label) {
        String wanted = CrmSourceMapping.normal(label);
        return file.enteredFrom().entrySet().stream()
                .filter(e -> CrmSourceMapping.normal(e.getKey()).equals(wanted))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * An amount as CRMs write it: {@code 12,500.00}, {@code 12 500}, {@code $12,500}, {@code 12500 USD}. Thousands
     * separators (comma, space, no-break space, apostrophe) and a currency symbol or the mapping's currency code are
     * dropped; the decimal point is a point. Empty, negative or anything else is unreadable.
     */
    static Optional<BigDecimal> amount(String text, CrmSourceMapping mapping) {
        String value = text == null ? "" : text.strip();
        if (mapping.currency().isPresent()) {
            String code = mapping.currency().get().getCurrencyCode();
            if (value.toUpperCase(java.util.Locale.ROOT).startsWith(code)) {
                value = value.substring(code.length());
            } else if (value.toUpperCase(java.util.Locale.ROOT).endsWith(code)) {
                value = value.substring(0, value.length() - code.length());
            }
        }
        value = value.strip();
        if (!value.isEmpty() && "$€£¥".indexOf(value.charAt(0)) >= 0) {
            value = value.substring(1);
        }
        value = value.replace(",", "")
                .replace(" ", "")
                .replace("\u00A0", "")
                .replace("\u202F", "")
                .replace("'", "");
        if (!AMOUNT.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value));
    }

    /** The counts of every month. */
    private static final class Tally {
        private final Map<YearMonth, Integer> deals = new TreeMap<>();
        private final Map<YearMonth, BigDecimal> amounts = new TreeMap<>();
        private final Map<String, Map<YearMonth, Integer>> entered = new LinkedHashMap<>();
        private YearMonth min;
        private YearMonth max;

        void add(Counted counted) {
            if (counted.wonIn != null) {
                deals.merge(counted.wonIn, 1, Integer::sum);
                amounts.merge(counted.wonIn, counted.amount, BigDecimal::add);
                span(counted.wonIn);
            }
            counted.entered.forEach((stage, month) -> {
                entered.computeIfAbsent(stage, s -> new TreeMap<>()).merge(month, 1, Integer::sum);
                span(month);
            });
        }

        private void span(YearMonth month) {
            min = min == null || month.isBefore(min) ? month : min;
            max = max == null || month.isAfter(max) ? month : max;
        }

        Map<YearMonth, Map<String, BigDecimal>> months(List<String> derivable, boolean newCustomers) {
            Map<YearMonth, Map<String, BigDecimal>> months = new TreeMap<>();
            if (min == null) {
                return months;
            }
            for (YearMonth month = min; !month.isAfter(max); month = month.plusMonths(1)) {
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                int won = deals.getOrDefault(month, 0);
                values.put(DEALS, BigDecimal.valueOf(won));
                if (won > 0) {
                    values.put(
                            AVERAGE_DEAL_VALUE,
                            amounts.get(month)
                                    .divide(BigDecimal.valueOf(won), AVERAGE_SCALE, RoundingMode.HALF_EVEN)
                                    .stripTrailingZeros());
                }
                if (newCustomers) {
                    values.put(NEW_CUSTOMERS, BigDecimal.valueOf(won));
                }
                for (String stage : derivable) {
                    values.put(
                            ENTERED + stage,
                            BigDecimal.valueOf(
                                    entered.getOrDefault(stage, Map.of()).getOrDefault(month, 0)));
                }
                months.put(month, values);
            }
            return months;
        }
    }
}
