package dev.baton.domain.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The phrase a value object refused with. The domain says why as a code and its arguments; the words of each code are
 * the application's bundles', and PhrasebookTest-style tests there assert them.
 */
public final class Refusals {

    private Refusals() {}

    public static Phrase phraseOf(ThrowingCallable refused) {
        AtomicReference<Phrase> phrase = new AtomicReference<>();
        assertThatThrownBy(refused).isInstanceOfSatisfying(InvalidValueException.class, e -> phrase.set(e.phrase()));
        return phrase.get();
    }
}
