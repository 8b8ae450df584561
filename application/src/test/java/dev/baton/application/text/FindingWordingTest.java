package dev.baton.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.alignment.AlignmentEngine;
import dev.baton.domain.alignment.AlignmentReport;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.alignment.PlanTestData;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.shared.Words;
import dev.baton.domain.target.TargetTestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The domain's rule tests assert their texts through a small reader of these same bundles ({@code Words}); here
 * Phrasebook words the report of a plan with findings of several kinds, and must say exactly what those tests read.
 */
class FindingWordingTest {

    @Test
    void phrasebookWordsAReportExactlyAsTheDomainTestsReadIt() {
        AlignmentReport report = new AlignmentEngine()
                .run(PlanTestData.articleExample()
                        .team(PlanTestData.product())
                        .target(TargetTestData.aTarget()
                                .forTeam(TargetTestData.SALES)
                                .on("cac")
                                .atLeast("800"))
                        .build());
        List<Phrase> phrases = new ArrayList<>();
        report.findings().stream().map(Finding::phrase).forEach(phrases::add);
        phrases.addAll(report.notes());
        phrases.add(report.scoreFormula());

        assertThat(report.findings()).hasSizeGreaterThan(1);
        for (Phrase phrase : phrases) {
            LocalizedText both = Phrasebook.both(phrase);
            assertThat(both.en()).isEqualTo(Words.en(phrase));
            assertThat(both.zhCn()).isEqualTo(Words.zh(phrase));
        }
    }

    @Test
    void aDisjointPairOfBarsReadsAsBefore() {
        AlignmentReport report = new AlignmentEngine()
                .run(PlanTestData.articleExample()
                        .target(TargetTestData.aTarget()
                                .forTeam(TargetTestData.SALES)
                                .on("cac")
                                .atLeast("800"))
                        .build());

        assertThat(report.findings()).map(f -> Phrasebook.both(f.phrase())).anySatisfy(text -> {
            assertThat(text.en())
                    .isEqualTo("Marketing holds CAC ≤ 500 and Sales holds CAC ≥ 800 in 2026-09: no value"
                            + " meets both targets");
            assertThat(text.zhCn()).isEqualTo("Marketing的获客成本目标为 ≤ 500，Sales的获客成本目标为 ≥ 800（2026-09）：没有任何数值能同时满足这两个目标");
        });
    }
}
