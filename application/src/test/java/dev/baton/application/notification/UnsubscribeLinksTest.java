package dev.baton.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.FixedLinks;
import dev.baton.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class UnsubscribeLinksTest {

    private final FixedLinks links = new FixedLinks("a key only the instances know");
    private final UnsubscribeLinks unsubscribe = new UnsubscribeLinks(links, links);

    @Test
    void a_link_names_its_person_and_verifies() {
        String url = unsubscribe.urlFor(new PersonId(42));

        assertThat(url).startsWith("https://baton.test/unsubscribe/42.");
        String token = url.substring("https://baton.test/unsubscribe/".length());
        assertThat(unsubscribe.verify(token)).contains(new PersonId(42));
    }

    @Test
    void another_persons_id_under_the_same_signature_is_refused() {
        String signature = unsubscribe.tokenFor(new PersonId(42)).split("\\.")[1];

        assertThat(unsubscribe.verify("43." + signature)).isEmpty();
    }

    @Test
    void a_link_signed_with_another_key_is_refused() {
        FixedLinks other = new FixedLinks("someone else's key");
        String forged = new UnsubscribeLinks(other, other).tokenFor(new PersonId(42));

        assertThat(unsubscribe.verify(forged)).isEmpty();
    }

    @Test
    void malformed_tokens_are_refused_rather_than_thrown() {
        assertThat(unsubscribe.verify(null)).isEmpty();
        assertThat(unsubscribe.verify("")).isEmpty();
        assertThat(unsubscribe.verify("42")).isEmpty();
        assertThat(unsubscribe.verify("42.")).isEmpty();
        assertThat(unsubscribe.verify(".abc")).isEmpty();
        assertThat(unsubscribe.verify("x.abc")).isEmpty();
        assertThat(unsubscribe.verify(
                        "0." + unsubscribe.tokenFor(new PersonId(1)).split("\\.")[1]))
                .isEmpty();
    }
}
