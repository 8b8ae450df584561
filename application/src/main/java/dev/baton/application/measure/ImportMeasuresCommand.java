package dev.baton.application.measure;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import java.util.Objects;

/** A CSV file of measures and what to do with it. The file itself is checked row by row by the service. */
public record ImportMeasuresCommand(String csv, ImportMode mode) {

    public ImportMeasuresCommand {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(mode, "mode");
    }

    public static ImportMeasuresCommand of(String csv, String mode) {
        Validation v = new Validation();
        ImportMode importMode = v.enumField("mode", mode, ImportMode.class, "模式");
        if (csv == null || csv.isBlank()) {
            v.add(FieldError.of(
                    "file",
                    "The file is empty: send a CSV file with the header period,measure,value[,funnel].",
                    "文件为空：请提交带有表头 period,measure,value[,funnel] 的 CSV 文件。"));
        }
        v.throwIfInvalid();
        return new ImportMeasuresCommand(csv, importMode);
    }
}
