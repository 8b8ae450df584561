package dev.baton.domain.shared;

/** The rule every human-entered name follows: trimmed, then 1 to 80 characters. */
public final class DisplayName {

    public static final int MAX_LENGTH = 80;

    private DisplayName() {}

    public static String normalize(String raw, String what, String whatZh) {
        String trimmed = raw == null ? "" : raw.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException("A " + what + " name is required.", whatZh + "名称为必填项。");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw new InvalidValueException(
                    "A " + what + " name has at most " + MAX_LENGTH + " characters.",
                    whatZh + "名称最多 " + MAX_LENGTH + " 个字符。");
        }
        return trimmed;
    }
}
