package dev.baton.adapters.web.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedScorecardsTest {

    private final RenderedScorecards rendered = new RenderedScorecards();
    private final AtomicInteger renders = new AtomicInteger();

    private String body(Object card, Locale language) {
        return rendered.body(card, language, () -> "body " + renders.incrementAndGet());
    }

    @Test
    void theSameScorecardInTheSameLanguageIsRenderedOnce() {
        Object card = new Object();

        String first = body(card, Locale.ENGLISH);
        String second = body(card, Locale.ENGLISH);

        assertThat(second).isEqualTo(first);
        assertThat(renders).hasValue(1);
        assertThat(rendered.misses()).isEqualTo(1);
        assertThat(rendered.hits()).isEqualTo(1);
    }

    @Test
    void anotherLanguageIsRenderedApart() {
        Object card = new Object();

        body(card, Locale.ENGLISH);
        body(card, Locale.SIMPLIFIED_CHINESE);

        assertThat(renders).hasValue(2);
        assertThat(rendered.hits()).isZero();
    }

    @Test
    void aScorecardComputedAfreshIsRenderedAfreshEvenWhenItsContentIsTheSame() {
        body(new Object(), Locale.ENGLISH);
        body(new Object(), Locale.ENGLISH);

        assertThat(renders).hasValue(2);
    }

    @Test
    void onlyTheLatestScorecardsAreKept() {
        Object oldest = new Object();
        body(oldest, Locale.ENGLISH);
        for (int i = 0; i < RenderedScorecards.KEPT; i++) {
            body(new Object(), Locale.ENGLISH);
        }

        body(oldest, Locale.ENGLISH);

        assertThat(renders).hasValue(RenderedScorecards.KEPT + 2);
    }
}
