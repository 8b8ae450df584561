package dev.baton.domain.measure;

import dev.baton.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * Which funnel a measure was counted in: the funnel's name or id as text, or {@link #ORGANISATION} (empty) for
 * organisation-wide measures. Stage entries ({@code entered:<stage>}) are counted per funnel; revenue, spend and the
 * like are usually organisation-wide.
 *
 * <p>A plain text key on purpose: funnels with ids of their own are being added elsewhere, and until measures are tied
 * to them this is only a label that keeps one funnel's numbers apart from another's. Letters, digits, spaces and
 * {@code _ - . :} only, at most 64 characters, so it is safe in a CSV file and a URL.
 */
public record FunnelRef(String value) implements Comparable<FunnelRef> {

    public static final int MAX_LENGTH = 64;
    public static final FunnelRef ORGANISATION = new FunnelRef("");

    public FunnelRef {
        Objects.requireNonNull(value, "a funnel reference is text, empty for organisation-wide measures");
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "A funnel is named in at most " + MAX_LENGTH + " characters.", "漏斗名称最多 " + MAX_LENGTH + " 个字符。");
        }
        if (!value.codePoints().allMatch(FunnelRef::allowed)) {
            throw new InvalidValueException(
                    "'" + value + "' is not a funnel name: use letters, digits, spaces and _ - . : only.",
                    "“" + value + "”不是有效的漏斗名称：只能使用字母、数字、空格和 _ - . :。");
        }
    }

    private static boolean allowed(int c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '_' || c == '-' || c == '.' || c == ':';
    }

    /** Reads a funnel reference; {@code null} or blank text means organisation-wide. */
    public static FunnelRef of(String text) {
        return text == null || text.isBlank() ? ORGANISATION : new FunnelRef(text);
    }

    public boolean organisationWide() {
        return value.isEmpty();
    }

    @Override
    public int compareTo(FunnelRef other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
