package dev.baton.adapters.web.scorecard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the scorecard, used as {@code {score:key}}. English is written here; Simplified Chinese lives in
 * {@code messages/score_zh_CN.properties}. Findings and metric names bring their own text in both languages.
 */
@MessageBundle(value = "score", locale = "en")
public interface ScoreMessages {

    @Message("Alignment scorecard")
    String title();

    @Message("Scorecard for {period}")
    String title_for(String period);

    @Message("Period")
    String period();

    @Message("Granularity")
    String granularity();

    @Message("{#when g}{#is 'MONTH'}Month{#is 'QUARTER'}Quarter{#else}Year{/when}")
    String granularity_name(String g);

    @Message("Show")
    String show();

    @Message("Score trend")
    String score_trend();

    @Message("Alignment score of this and the five periods before it: {numbers}")
    String score_trend_label(String numbers);

    @Message("Alignment score of this and the five periods before it, out of 100")
    String score_trend_alt();

    @Message("Download CSV")
    String export_csv();

    @Message("{period} is the first period Baton supports: there is none before it.")
    String period_first(String period);

    @Message("{period} is the last period Baton supports: there is none after it.")
    String period_last(String period);

    @Message("Print")
    String print_hint();

    @Message("Alignment score")
    String score();

    @Message("Hover the score for its formula.")
    String score_hint();

    @Message("{count} violation(s)")
    String violations(long count);

    @Message("{count} warning(s)")
    String warnings(long count);

    @Message("Funnels and handoffs")
    String funnels();

    @Message("No funnel is defined yet.")
    String funnels_none();

    @Message("Teams")
    String legend();

    @Message("covered by {metrics}")
    String handoff_covered(String metrics);

    @Message("not covered: no shared metric")
    String handoff_uncovered();

    @Message("Funnel {name}: stages and handoffs")
    String funnel_label(String name);

    @Message("Findings")
    String findings();

    @Message("No rule finds anything to say about this plan.")
    String findings_none();

    @Message("{#when severity}{#is 'VIOLATION'}Violations{#else}Warnings{/when}")
    String severity_group(String severity);

    @Message("{#when severity}{#is 'VIOLATION'}Violation{#else}Warning{/when}")
    String severity_one(String severity);

    @Message("Suggested shared metrics:")
    String suggestions();

    @Message("Edit the targets of {team}")
    String edit_targets(String team);

    @Message("Settle this handoff")
    String settle();

    @Message("Adopt for {team}")
    String adopt_for(String team);

    @Message("Adopt for {team} with {neighbour}'s bar")
    String adopt_for_with(String team, String neighbour);

    @Message("KPIs by team")
    String teams();

    @Message("No target in force for this period.")
    String team_empty();

    @Message("KPI")
    String kpi();

    @Message("Target")
    String target();

    @Message("Actual")
    String actual();

    @Message("Attainment")
    String attainment();

    @Message("Trend ({from} – {to})")
    String trend(String from, String to);

    @Message("{#when a}{#is 'ON_TRACK'}On track{#is 'AT_RISK'}At risk{#is 'OFF_TRACK'}Off track{#else}No data{/when}")
    String attainment_name(String a);

    @Message("no data")
    String no_data();

    @Message("{#if toDate}to date{#else}partial{/if} · {months} of {total} months")
    String coverage(boolean toDate, int months, int total);

    @Message("Trend of {metric}: {values}")
    String trend_label(String metric, String values);

    @Message("Unit economics")
    String economics();

    @Message("Metric")
    String metric();

    @Message("Value")
    String value();

    @Message("Benchmark")
    String benchmark();

    @Message("below the healthy {benchmark}")
    String below_benchmark(String benchmark);

    @Message("at least {benchmark}")
    String at_least(String benchmark);

    @Message("on pace for {projected} by {by} (target {threshold})")
    String pace_on(String projected, String by, String threshold);

    @Message("behind pace: {projected} projected")
    String pace_behind(String projected);

    @Message("over pace: {projected} projected")
    String pace_over(String projected);

    @Message("pace held back: {percent} % of the period is in")
    String pace_held(int percent);

    @Message("to date · {percent} % of the period in")
    String pace_to_date(int percent);

    @Message("{percent} % of the period in")
    String pace_share(int percent);

    @Message("{period} to date")
    String own_period_to_date(String period);
}
