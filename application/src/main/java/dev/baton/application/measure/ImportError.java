package dev.baton.application.measure;

import dev.baton.domain.shared.LocalizedText;
import java.util.Objects;

/** What is wrong with one cell (or a whole row, when {@code column} is empty) of an imported file. */
public record ImportError(int line, String column, LocalizedText message) {

    public ImportError {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    static ImportError of(int line, String column, String en, String zhCn) {
        return new ImportError(line, column, LocalizedText.of(en, zhCn));
    }
}
