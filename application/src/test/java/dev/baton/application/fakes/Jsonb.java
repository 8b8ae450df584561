package dev.baton.application.fakes;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A state written as PostgreSQL's {@code jsonb} reads it back: an object's keys shortest first, then by their bytes,
 * each followed by {@code ": "} and separated by {@code ", "}, as the audit adapter's column returns them.
 */
final class Jsonb {

    private static final Comparator<String> JSONB_KEY_ORDER = Comparator.comparingInt(
                    (String k) -> k.getBytes(StandardCharsets.UTF_8).length)
            .thenComparing(
                    (a, b) -> compareBytes(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));

    private Jsonb() {}

    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Optional<?> optional) {
            return text(optional.orElse(null));
        }
        if (value instanceof Map<?, ?> map) {
            List<String> keys = map.keySet().stream()
                    .map(String::valueOf)
                    .distinct()
                    .sorted(JSONB_KEY_ORDER)
                    .toList();
            return keys.stream()
                    .map(k -> quoted(k) + ": " + text(valueOf(map, k)))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(Jsonb::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return quoted(constant.name());
        }
        return quoted(value.toString());
    }

    private static Object valueOf(Map<?, ?> map, String key) {
        Object value = null;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (String.valueOf(entry.getKey()).equals(key)) {
                value = entry.getValue();
            }
        }
        return value;
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static int compareBytes(byte[] a, byte[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int d = Byte.toUnsignedInt(a[i]) - Byte.toUnsignedInt(b[i]);
            if (d != 0) {
                return d;
            }
        }
        return a.length - b.length;
    }
}
