package dev.baton.application.fakes;

import dev.baton.application.measure.MeasureCsv;
import dev.baton.application.measure.port.TableFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads CSV without quotes (lines split at commas), enough for fixtures written for it; no workbooks. */
public final class SplitTableFiles implements TableFiles {

    @Override
    public MeasureCsv.Parsed csv(String text) {
        List<MeasureCsv.Row> rows = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(new MeasureCsv.Row(i + 1, Arrays.asList(lines[i].split(",", -1))));
            }
        }
        return new MeasureCsv.Parsed(rows, List.of());
    }

    @Override
    public MeasureCsv.Parsed xlsx(byte[] bytes) {
        throw new UnsupportedOperationException("no workbooks in the fake");
    }
}
