package dev.baton.domain.crm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a CRM export writes its dates, chosen in the mapping and never guessed: both CRMs write them in the exporting
 * user's locale, and 03/04/2026 is a different day in each. A time after the date ({@code 2026-03-04 10:30},
 * {@code 03/04/2026 10:30 AM}) is allowed and ignored. An ISO date ({@code 2026-03-04}) reads under every format,
 * since a four-digit year first cannot be mistaken; a workbook's date cells arrive that way.
 */
public enum CrmDateFormat {
    ISO("ISO"),
    MONTH_FIRST("MM/DD/YYYY"),
    DAY_FIRST("DD/MM/YYYY");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: .*)?");

    private final String label;

    CrmDateFormat(String label) {
        this.label = label;
    }

    /** {@code ISO}, {@code MM/DD/YYYY} or {@code DD/MM/YYYY}: the mapping's spelling. */
    public String label() {
        return label;
    }

    public static Optional<CrmDateFormat> ofLabel(String label) {
        for (CrmDateFormat format : values()) {
            if (format.label.equalsIgnoreCase(label == null ? "" : label.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The day the text names; empty when it is blank or not a date in this format. */
    public Optional<LocalDate> parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        if (this == ISO) {
            return Optional.empty();
        }
        Matcher slashed = SLASHED.matcher(value);
        if (!slashed.matches()) {
            return Optional.empty();
        }
        return this == MONTH_FIRST
                ? date(slashed.group(3), slashed.group(1), slashed.group(2))
                : date(slashed.group(3), slashed.group(2), slashed.group(1));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
