package dev.baton.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.team.port.TeamObligation;
import dev.baton.domain.alignment.FindingCode;
import dev.baton.domain.metric.evaluation.NoValueReason;
import dev.baton.domain.metric.formula.FormulaProblem;
import dev.baton.domain.metric.formula.FormulaSyntaxException;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.Push;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every code the domain can say is worded in both bundles: a new finding code, reason or formula problem without
 * its words fails the build here, before a user meets a missing text.
 */
class PhraseCodesTest {

    @Test
    void everyFindingCodeIsWordedInBothLanguages() {
        for (FindingCode code : FindingCode.values()) {
            assertWordedWithOrWithoutVariant("finding." + code.name());
        }
    }

    @Test
    void everyNoValueReasonIsWordedInBothLanguages() {
        for (Class<?> reason : NoValueReason.class.getPermittedSubclasses()) {
            assertWordedWithOrWithoutVariant("reason." + constantName(reason));
        }
    }

    @Test
    void everyFormulaProblemIsWordedInBothLanguages() {
        for (Class<?> problem : FormulaProblem.class.getPermittedSubclasses()) {
            assertWordedWithOrWithoutVariant("formula." + constantName(problem));
        }
    }

    @Test
    void everyPartOfAFormulaSyntaxErrorIsWordedInBothLanguages() {
        for (FormulaSyntaxException.Expected expected : FormulaSyntaxException.Expected.values()) {
            assertWorded(expected.phrase().code());
        }
        for (FormulaSyntaxException.Found found : FormulaSyntaxException.Found.values()) {
            assertWorded(found.phrase("x").code());
        }
    }

    @Test
    void everyTeamObligationIsWordedInBothLanguages() {
        for (TeamObligation.Kind kind : TeamObligation.Kind.values()) {
            assertWorded("obligation." + kind.name());
        }
        assertWorded("obligation.AND");
    }

    @Test
    void everyComparisonAndPushIsWordedInBothLanguages() {
        for (Comparison comparison : Comparison.values()) {
            assertWorded("threshold." + comparison.name());
        }
        for (Push push : Push.values()) {
            assertWorded("push." + push.name() + ".one");
            assertWorded("push." + push.name() + ".many");
        }
    }

    private static void assertWordedWithOrWithoutVariant(String code) {
        for (Locale locale : List.of(Phrasebook.ENGLISH, Phrasebook.CHINESE)) {
            List<String> worded = new ArrayList<>();
            for (String key : Phrasebook.bundle(locale).keySet()) {
                if (key.equals(code) || key.startsWith(code + ".")) {
                    worded.add(key);
                }
            }
            assertThat(worded).as("%s in %s", code, locale.toLanguageTag()).isNotEmpty();
        }
    }

    private static void assertWorded(String code) {
        assertThat(Phrasebook.knows(code, Phrasebook.ENGLISH))
                .as("%s in English", code)
                .isTrue();
        assertThat(Phrasebook.knows(code, Phrasebook.CHINESE))
                .as("%s in Chinese", code)
                .isTrue();
    }

    /** {@code DivisionByZero} → {@code DIVISION_BY_ZERO}. */
    private static String constantName(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
