package dev.baton.application.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.baton.application.fakes.InMemoryFunnels;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.shared.InvalidValueException;
import dev.baton.domain.team.TeamId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MeasureFunnelsTest {

    private static StoredFunnel funnel(long id, String name) {
        TeamId team = new TeamId(1);
        return new StoredFunnel(id, Funnel.of(name, new Stage("lead", "Lead", team), new Stage("sql", "SQL", team)), 0);
    }

    private static final List<StoredFunnel> FUNNELS =
            List.of(funnel(3, "Product A"), funnel(4, "Twin"), funnel(5, "Twin"), funnel(6, "3"));

    private static FunnelRepository repository() {
        InMemoryFunnels stored = new InMemoryFunnels();
        FUNNELS.forEach(stored::add);
        return stored;
    }

    private final MeasureFunnels funnels = MeasureFunnels.of(repository());

    @Test
    void aCellNamesAFunnelByItsIdOrItsExactName() {
        assertThat(funnels.resolve("3")).isEqualTo(FunnelRef.of(3));
        assertThat(funnels.resolve(" Product A ")).isEqualTo(FunnelRef.of(3));
        assertThat(funnels.resolve("")).isEqualTo(FunnelRef.ORGANISATION);
    }

    @Test
    void anIdWinsOverAFunnelNamedLikeAnotherOnesId() {
        assertThat(funnels.resolve("3")).isEqualTo(FunnelRef.of(3));
        assertThat(funnels.resolve("6")).isEqualTo(FunnelRef.of(6));
    }

    @Test
    void anUnknownFunnelOrANameTwoFunnelsShareIsRefusedNamingIt() {
        assertThat(refusal(() -> funnels.resolve("product a"))).contains("Unknown funnel 'product a'");
        assertThat(refusal(() -> funnels.resolve("77"))).contains("Unknown funnel '77'");
        assertThat(refusal(() -> funnels.resolve("Twin"))).contains("2 funnels are named 'Twin'", "4, 5");
    }

    /** The refusal in English, as the bundle words it. */
    private static String refusal(ThrowingCallable resolve) {
        Throwable thrown = catchThrowable(resolve);
        assertThat(thrown).isInstanceOf(InvalidValueException.class);
        return Phrasebook.word(((InvalidValueException) thrown).phrase(), Phrasebook.ENGLISH);
    }

    @Test
    void aRecordingNamesAFunnelThatExists() {
        MeasureFunnels.requireKnown(repository(), FunnelRef.of(3));
        MeasureFunnels.requireKnown(repository(), FunnelRef.ORGANISATION);
        assertThatThrownBy(() -> MeasureFunnels.requireKnown(repository(), FunnelRef.of(987)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("987");
    }
}
