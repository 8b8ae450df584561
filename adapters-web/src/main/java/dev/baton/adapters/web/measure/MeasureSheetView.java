package dev.baton.adapters.web.measure;

import dev.baton.adapters.web.shared.FormErrors;
import java.util.List;

/**
 * Everything the measures page's template shows: the sheet (period and funnel), the funnel picker, one input per
 * measure with what was typed or recorded and its error, the extra measure row, the errors above the form, whether
 * someone recorded the sheet since the form was opened, and whether the reader may record.
 */
public record MeasureSheetView(
        String period,
        String funnel,
        String funnelName,
        List<FunnelChoice> funnels,
        List<MeasureInput> inputs,
        List<MeasureOption> options,
        String extraKey,
        String extraValue,
        String extraError,
        FormErrors errors,
        boolean invalid,
        boolean clash,
        long version,
        boolean mayRecord,
        boolean saved) {

    /** A funnel offered by the picker: its id, the value the form sends, and its name. */
    public record FunnelChoice(String id, String name) {}
}
