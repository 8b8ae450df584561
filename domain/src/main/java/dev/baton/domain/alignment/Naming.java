package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The arguments findings name things by: a metric as its catalog name (data in both languages), a threshold and a
 * list of teams as phrases, a computed number rounded the way the rule reads it. The words are the bundles'.
 */
final class Naming {

    private static final String ENTERED = "entered:";

    /** At most this many teams are named in a finding; the rest are counted. */
    static final int TEAMS_SHOWN = 5;

    private Naming() {}

    /**
     * A computed number as a finding shows it: whole numbers as they are, others at two decimals, rounded as asked
     * (a lower end up, an upper end down, so the text never claims more room than there is).
     */
    static BigDecimal shown(BigDecimal value, RoundingMode rounding) {
        if (value.stripTrailingZeros().scale() <= 0) {
            return value.setScale(0, RoundingMode.UNNECESSARY);
        }
        return value.setScale(2, rounding);
    }

    static BigDecimal shown(BigDecimal value) {
        return shown(value, RoundingMode.HALF_EVEN);
    }

    /** The metric in running text: its catalog name ("new revenue", "CAC"), with its stages when scoped. */
    static Object metric(MetricCatalog catalog, MetricKey key, Optional<StageScope> scope) {
        Object name = name(catalog, key);
        return scope.<Object>map(s -> Phrase.of("metric.scoped", name, s.toString()))
                .orElse(name);
    }

    static Object metric(MetricCatalog catalog, MetricKey key) {
        return metric(catalog, key, Optional.empty());
    }

    private static Object name(MetricCatalog catalog, MetricKey key) {
        if (key.value().startsWith(ENTERED) && !catalog.contains(key)) {
            return Phrase.of("metric.entries", key.value().substring(ENTERED.length()));
        }
        return catalog.find(key)
                .map(MetricDefinition::name)
                .map(n -> LocalizedText.of(inRunningText(n.en()), n.zhCn()))
                .orElse(LocalizedText.of(key.value(), key.value()));
    }

    /** "Average deal value" → "average deal value"; "CAC" and "LTV / CAC" stay as they are. */
    static String inRunningText(String name) {
        if (name.length() >= 2 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    /**
     * The metric after an indefinite article where English needs one ("an average deal value", "a CAC"): the catalog's
     * English name picks the variant, the bundles word it (Chinese has no article).
     */
    static Phrase withArticle(MetricCatalog catalog, MetricKey key, Optional<StageScope> scope) {
        Object metric = metric(catalog, key, scope);
        Object name = metric instanceof Phrase scoped && scoped.code().equals("metric.scoped")
                ? scoped.arguments().get(0)
                : metric;
        if (!(name instanceof LocalizedText text) || text.en().isEmpty()) {
            return Phrase.of("article.none", metric);
        }
        String english = text.en();
        boolean acronym = english.length() > 1 && Character.isUpperCase(english.charAt(1));
        boolean vowel = "aeiou".indexOf(Character.toLowerCase(english.charAt(0))) >= 0;
        return Phrase.of(!acronym && vowel ? "article.an" : "article.a", metric);
    }

    /** "≥ 1,000,000", "≤ 500", "between 10 and 20". */
    static Phrase threshold(Threshold threshold) {
        return switch (threshold.comparison()) {
            case AT_LEAST ->
                Phrase.of("threshold.AT_LEAST", shown(threshold.lower().orElseThrow()));
            case AT_MOST ->
                Phrase.of("threshold.AT_MOST", shown(threshold.upper().orElseThrow()));
            case BETWEEN ->
                Phrase.of(
                        "threshold.BETWEEN",
                        shown(threshold.lower().orElseThrow()),
                        shown(threshold.upper().orElseThrow()));
        };
    }

    /**
     * At most {@value #TEAMS_SHOWN} team names, then how many more: a list the bundles join ("Marketing, Brand and
     * 3 more"; the Chinese names the total instead).
     */
    static List<Object> teams(AlignmentPlan plan, Collection<TeamId> teams) {
        List<Object> names = new ArrayList<>();
        for (TeamId team : teams) {
            if (names.size() == TEAMS_SHOWN) {
                break;
            }
            names.add(plan.teamName(team));
        }
        int more = teams.size() - names.size();
        if (more > 0) {
            names.add(Phrase.of("teams.more", more, teams.size()));
        }
        return names;
    }

    /** Two or more items joined pairwise by the phrase {@code code} ("a and b and c", "a、b、c"). */
    static Object chained(String code, List<?> items) {
        Object chain = items.get(0);
        for (Object item : items.subList(1, items.size())) {
            chain = Phrase.of(code, chain, item);
        }
        return chain;
    }
}
