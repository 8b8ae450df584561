package dev.baton.adapters.web.kpi;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.application.checkin.CheckInToEdit;

/**
 * The form that edits a check-in: the check-in as stored now (with its history), the values the form shows (the stored
 * ones, or what was typed when the save came back), the version the form sends, the field messages, and whether the
 * save came back because someone else edited the check-in first ({@code stale}).
 */
public record CheckInEditView(
        CheckInToEdit editing,
        String note,
        String confidence,
        String forecast,
        String version,
        FormErrors errors,
        boolean stale) {}
