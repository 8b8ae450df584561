package dev.baton.adapters.web.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageTableTextTest {

    @Test
    void eachLineMapsACrmLabelToAStageKeyAndNothingAfterTheSignMeansNone() {
        Map<String, String> stages =
                StageTableText.parse("Contract Sent = opportunity\r\n\nClosed Lost =\nClosed Won=customer");

        assertThat(stages.keySet()).containsExactly("Contract Sent", "Closed Lost", "Closed Won");
        assertThat(stages).containsEntry("Contract Sent", "opportunity").containsEntry("Closed Won", "customer");
        assertThat(stages.get("Closed Lost")).isNull();
    }

    @Test
    void aStoredTableIsWrittenBackInTheSameForm() {
        Map<String, Optional<String>> stages = new LinkedHashMap<>();
        stages.put("Closed Won", Optional.of("customer"));
        stages.put("Closed Lost", Optional.empty());

        Map<String, String> read = StageTableText.parse(StageTableText.format(stages));

        assertThat(read.keySet()).containsExactly("Closed Won", "Closed Lost");
        assertThat(read.get("Closed Won")).isEqualTo("customer");
        assertThat(read.get("Closed Lost")).isNull();
    }
}
