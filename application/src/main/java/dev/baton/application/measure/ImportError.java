package dev.baton.application.measure;

import dev.baton.application.text.Phrasebook;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.shared.Phrase;
import java.util.Objects;

/**
 * What is wrong with one cell (or a whole row, when {@code column} is empty) of an imported file, as a {@link Phrase}
 * the adapter words in the reader's language.
 */
public record ImportError(int line, String column, Phrase phrase) {

    public ImportError {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(phrase, "phrase");
    }

    static ImportError of(int line, String column, String code, Object... arguments) {
        return new ImportError(line, column, Phrase.of(code, arguments));
    }

    /** The reason worded in both languages. */
    public LocalizedText message() {
        return Phrasebook.both(phrase);
    }
}
