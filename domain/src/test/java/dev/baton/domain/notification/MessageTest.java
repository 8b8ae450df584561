package dev.baton.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one-click unsubscribe link a mail carries into its List-Unsubscribe header. */
class MessageTest {

    private static final Message MAIL = Message.mail("rita@example.com", "Digest", "text", "<p>html</p>", "digest");

    @Test
    void a_mail_has_no_unsubscribe_link_until_it_is_given_one() {
        String link = "https://baton.example.com/unsubscribe/7.c2lnbmF0dXJl";

        assertThat(MAIL.listUnsubscribe()).isEmpty();
        assertThat(MAIL.withListUnsubscribe(link).listUnsubscribe()).contains(link);
        assertThat(MAIL.withListUnsubscribe(link).subject()).isEqualTo("Digest");
    }

    @Test
    void a_link_that_could_break_out_of_its_header_is_refused() {
        for (String bad : new String[] {
            "https://baton.example.com/unsubscribe/7.x\r\nBcc: eve@example.com",
            "https://baton.example.com/unsubscribe/7.x>, <mailto:eve@example.com",
            "https://baton.example.com/unsubscribe/7 x",
            "javascript:alert(1)",
            "/unsubscribe/7.x"
        }) {
            assertThatThrownBy(() -> MAIL.withListUnsubscribe(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_chat_post_has_no_unsubscribe_header() {
        Message chat = Message.chat("https://hooks.example.com/x", "Headline", "text", "alert");

        assertThat(chat.listUnsubscribe()).isEmpty();
        assertThatThrownBy(() -> chat.withListUnsubscribe("https://baton.example.com/unsubscribe/7.x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
