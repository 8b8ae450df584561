package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How findings word metrics, thresholds and numbers in English and Chinese. */
final class Wording {

    private static final String ENTERED = "entered:";

    private Wording() {}

    private static boolean isStageEntries(MetricCatalog catalog, MetricKey key) {
        return key.value().startsWith(ENTERED) && !catalog.contains(key);
    }

    /** {@code 1,000,000} for whole numbers, {@code 47,619.05} otherwise (two decimals, rounded as asked). */
    static String number(BigDecimal value, RoundingMode rounding) {
        BigDecimal stripped = value.stripTrailingZeros();
        DecimalFormat format;
        if (stripped.scale() <= 0) {
            format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        } else {
            format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        }
        format.setRoundingMode(rounding);
        return format.format(value);
    }

    static String number(BigDecimal value) {
        return number(value, RoundingMode.HALF_EVEN);
    }

    /** The metric's English name in running text: "new revenue", "CAC", with its stages when scoped. */
    static String nameEn(MetricCatalog catalog, MetricKey key, Optional<StageScope> scope) {
        if (isStageEntries(catalog, key)) {
            return "entries into " + key.value().substring(ENTERED.length());
        }
        String name = catalog.find(key)
                .map(MetricDefinition::name)
                .map(n -> n.en())
                .map(Wording::inRunningText)
                .orElse(key.value());
        return scope.map(s -> name + " (" + s + ")").orElse(name);
    }

    static String nameZh(MetricCatalog catalog, MetricKey key, Optional<StageScope> scope) {
        String name =
                catalog.find(key).map(MetricDefinition::name).map(n -> n.zhCn()).orElse(key.value());
        return scope.map(s -> name + "（" + s + "）").orElse(name);
    }

    static String nameEn(MetricCatalog catalog, MetricKey key) {
        return nameEn(catalog, key, Optional.empty());
    }

    static String nameZh(MetricCatalog catalog, MetricKey key) {
        return nameZh(catalog, key, Optional.empty());
    }

    /** "Average deal value" → "average deal value"; "CAC" and "LTV / CAC" stay as they are. */
    static String inRunningText(String name) {
        if (name.length() >= 2 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    /** At most five team names, then how many more: "Marketing, Brand and 3 more". */
    static String teams(AlignmentPlan plan, Collection<TeamId> teams) {
        List<String> names = new ArrayList<>();
        int shown = 0;
        for (TeamId team : teams) {
            if (shown++ == 5) {
                break;
            }
            names.add(plan.teamName(team));
        }
        int more = teams.size() - names.size();
        if (more > 0) {
            return String.join(", ", names) + " and " + more + " more";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String teamsZh(AlignmentPlan plan, Collection<TeamId> teams) {
        List<String> names = new ArrayList<>();
        for (TeamId team : teams) {
            if (names.size() == 5) {
                break;
            }
            names.add(plan.teamName(team));
        }
        int more = teams.size() - names.size();
        return String.join("、", names) + (more > 0 ? " 等 " + teams.size() + " 个团队" : "");
    }

    static String withArticle(String phrase) {
        if (phrase.isEmpty() || phrase.startsWith("entries ")) {
            return phrase;
        }
        char first = Character.toLowerCase(phrase.charAt(0));
        boolean acronym = phrase.length() > 1 && Character.isUpperCase(phrase.charAt(1));
        if (acronym) {
            return "a " + phrase;
        }
        return ("aeiou".indexOf(first) >= 0 ? "an " : "a ") + phrase;
    }

    /** "≥ 1,000,000", "≤ 500", "between 10 and 20". */
    static String thresholdEn(Threshold threshold) {
        if (threshold.comparison() == Comparison.AT_LEAST) {
            return "≥ " + number(threshold.lower().orElseThrow());
        }
        if (threshold.comparison() == Comparison.AT_MOST) {
            return "≤ " + number(threshold.upper().orElseThrow());
        }
        return "between " + number(threshold.lower().orElseThrow()) + " and "
                + number(threshold.upper().orElseThrow());
    }

    static String thresholdZh(Threshold threshold) {
        if (threshold.comparison() == Comparison.AT_LEAST) {
            return "≥ " + number(threshold.lower().orElseThrow());
        }
        if (threshold.comparison() == Comparison.AT_MOST) {
            return "≤ " + number(threshold.upper().orElseThrow());
        }
        return "介于 " + number(threshold.lower().orElseThrow()) + " 与 "
                + number(threshold.upper().orElseThrow()) + " 之间";
    }
}
