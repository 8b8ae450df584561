package dev.baton.application.measure;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.Validation;
import java.util.Objects;
import java.util.Optional;

/**
 * A CSV file of measures and what to do with it. The file itself is checked row by row by the service. A file sent as
 * bytes is decoded here ({@link MeasureFileText}); when it is not text in its charset, {@code undecodable} says on
 * which line, and the service answers that instead of checking rows.
 */
public record ImportMeasuresCommand(String csv, ImportMode mode, Optional<Undecodable> undecodable) {

    /** Where a file stops being text in the charset it was read in. */
    public record Undecodable(int line, String charset) {}

    public ImportMeasuresCommand {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(undecodable, "undecodable");
    }

    public ImportMeasuresCommand(String csv, ImportMode mode) {
        this(csv, mode, Optional.empty());
    }

    /** Text that is already decoded: rows pasted into a form. */
    public static ImportMeasuresCommand of(String csv, String mode) {
        Validation v = new Validation();
        ImportMode importMode = v.enumField("mode", mode, ImportMode.class);
        requireContent(v, csv == null || csv.isBlank());
        v.throwIfInvalid();
        return new ImportMeasuresCommand(csv, importMode);
    }

    /**
     * A file as it was sent.
     *
     * @param declaredCharset the charset of its {@code Content-Type}, or {@code null} when none was declared
     */
    public static ImportMeasuresCommand ofFile(byte[] file, String declaredCharset, String mode) {
        Validation v = new Validation();
        ImportMode importMode = v.enumField("mode", mode, ImportMode.class);
        MeasureFileText.Decoded decoded = null;
        try {
            decoded = MeasureFileText.decode(file == null ? new byte[0] : file, declaredCharset);
        } catch (InvalidInputException e) {
            e.errors().forEach(v::add);
        }
        if (decoded != null && decoded.readable()) {
            requireContent(v, decoded.text().isBlank());
        }
        v.throwIfInvalid();
        MeasureFileText.Decoded read = decoded;
        Optional<Undecodable> undecodable = read.undecodableLine()
                .map(line -> new Undecodable(line, read.charset().name()));
        return new ImportMeasuresCommand(read.text(), importMode, undecodable);
    }

    private static void requireContent(Validation v, boolean empty) {
        if (empty) {
            v.add(FieldError.of("file", "field.FILE_EMPTY_SEND_CSV"));
        }
    }
}
