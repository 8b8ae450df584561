package dev.baton.adapters.web.metric;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the metric pages, used as {@code {catalog:key}}. English is written here; Simplified Chinese lives in
 * {@code messages/catalog_zh_CN.properties}. Metric names and descriptions come from the catalog itself.
 */
@MessageBundle(value = "catalog", locale = "en")
public interface CatalogMessages {

    @Message("Metric catalog")
    String catalog_title();

    @Message("Every metric Baton knows, by category. Open one to read its definition and compute it.")
    String catalog_intro();

    @Message(
            "{#when category}{#is 'ACQUISITION'}Acquisition{#is 'REVENUE'}Revenue{#is 'RETENTION'}Retention{#is 'EFFICIENCY'}Efficiency{#else}Experience{/when}")
    String category(String category);

    @Message(
            "{#when unit}{#is 'CURRENCY'}Currency{#is 'PERCENT'}Percent points{#is 'RATIO'}Ratio{#is 'COUNT'}Count{#is 'DAYS'}Days{#is 'MONTHS'}Months{#is 'YEARS'}Years{#else}Score{/when}")
    String unit(String unit);

    @Message("{#when direction}{#is 'HIGHER_IS_BETTER'}Higher is better{#else}Lower is better{/when}")
    String direction(String direction);

    @Message("Metric")
    String col_metric();

    @Message("Formula")
    String col_formula();

    @Message("Unit")
    String col_unit();

    @Message("Good when")
    String col_direction();

    @Message("Measures recorded in this category ({count})")
    String measures_heading(int count);

    @Message("Measures are numbers recorded as they are, period by period; metrics compute from them.")
    String measures_hint();

    @Message("Custom")
    String custom_badge();

    @Message("Back to the catalog")
    String back_to_catalog();

    @Message("Definition")
    String definition();

    @Message("Key")
    String field_key();

    @Message("Category")
    String field_category();

    @Message("A measure: recorded as it is, with no formula of its own.")
    String measure_note();

    @Message("Measures it rests on")
    String inputs_needed();

    @Message("Quarters and years")
    String roll_up_heading();

    @Message("{#when rollUp}{#is 'SUM'}The sum of its parts{#is 'FIRST'}The value of its first part (an opening"
            + " stock){#is 'LAST'}The value of its last part (a closing stock){#is 'MEAN'}The plain mean of its parts"
            + "{/when}{#if rollUp == 'NONE'}Not rolled up: record it for the quarter or year itself.{#else}, a quarter's"
            + " parts being its months and a year's its quarters, unless recorded for the quarter or year itself.{/if}")
    String roll_up(String rollUp);

    @Message("Worked example")
    String example_heading();

    @Message("Result")
    String example_result();

    @Message("Calculator")
    String calculator_heading();

    @Message("Type the inputs and compute. The worked example is filled in to start with.")
    String calculator_hint();

    @Message("Type the inputs and compute.")
    String calculator_hint_plain();

    @Message("Compute")
    String compute();

    @Message("Value")
    String result_value();

    @Message("No value")
    String result_none();

    @Message(
            "This metric is measured between two funnel stages: name them by their keys and type the entries into each.")
    String stage_scoped_hint();
}
