package dev.baton.adapters.notifications;

/** The body an incoming webhook of Slack, Mattermost or Teams accepts: {@code {"text": "…"}}. */
final class ChatJson {

    private ChatJson() {}

    static String of(String text) {
        StringBuilder json = new StringBuilder(text.length() + 16).append("{\"text\":\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append("\"}").toString();
    }
}
