package dev.baton.application.measure;

/** The measures page's one read: a period's sheet with everything its form offers beside it. */
public interface ViewMeasureSheetUseCase {

    /**
     * The sheet of the period and funnel as typed (a blank funnel is organisation-wide). A period or funnel that cannot
     * be read is not an exception here: the sheet then says why, so the form can show it beside what it offers.
     */
    MeasureSheet view(String period, String funnel);
}
