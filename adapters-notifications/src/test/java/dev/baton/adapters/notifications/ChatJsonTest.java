package dev.baton.adapters.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatJsonTest {

    @Test
    void plain_text_is_wrapped_as_the_text_field() {
        assertThat(ChatJson.of("Alignment 30/100")).isEqualTo("{\"text\":\"Alignment 30/100\"}");
    }

    @Test
    void quotes_backslashes_line_breaks_and_control_characters_are_escaped() {
        assertThat(ChatJson.of("a \"b\" \\ c\nd\te\u0001"))
                .isEqualTo("{\"text\":\"a \\\"b\\\" \\\\ c\\nd\\te\\u0001\"}");
    }

    @Test
    void other_languages_pass_unchanged() {
        assertThat(ChatJson.of("对齐 30/100 — 2026-Q4")).isEqualTo("{\"text\":\"对齐 30/100 — 2026-Q4\"}");
    }
}
