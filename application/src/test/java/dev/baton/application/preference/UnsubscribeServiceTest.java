package dev.baton.application.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.fakes.FixedLinks;
import dev.baton.application.fakes.World;
import dev.baton.application.notification.UnsubscribeLinks;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The digest's unsubscribe link, followed by nobody signed in, over the in-memory fakes. */
class UnsubscribeServiceTest {

    private final World world = new World();
    private final FixedLinks key = new FixedLinks("the instances' link key");
    private final UnsubscribeLinks links = new UnsubscribeLinks(key, key);
    private final UnsubscribeService unsubscribe = new UnsubscribeService(links, world.preferences, world.auditor());
    private Person lead;

    @BeforeEach
    void aLeadWhoGetsTheDigestAndNobodySignedIn() {
        lead = world.person("Lee Lead", Role.TEAM_LEAD);
        world.preferences.save(lead.id(), Language.SIMPLIFIED_CHINESE, true, lead.version());
        world.signOut();
    }

    @Test
    void theLinkNamesItsPersonInTheirLanguageWithoutChangingAnything() {
        Unsubscription seen = unsubscribe.look(links.tokenFor(lead.id()));

        assertThat(seen).isEqualTo(new Unsubscription(lead.id(), Language.SIMPLIFIED_CHINESE, true));
        assertThat(world.preferences.find(lead.id()).orElseThrow().digest()).isTrue();
    }

    @Test
    void followingTheLinkTurnsTheDigestOffOnceAndAuditsIt() {
        Unsubscription done = unsubscribe.unsubscribe(links.tokenFor(lead.id()));
        unsubscribe.unsubscribe(links.tokenFor(lead.id()));

        assertThat(done.digest()).isFalse();
        assertThat(world.preferences.find(lead.id()).orElseThrow().digest()).isFalse();
        assertThat(world.preferences.find(lead.id()).orElseThrow().language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(world.audit.actions()).containsExactly("person:unsubscribe");
    }

    @Test
    void aForgedOrMalformedLinkIsNotFoundAndChangesNothing() {
        FixedLinks otherKey = new FixedLinks("someone else's key");
        String forged = new UnsubscribeLinks(otherKey, otherKey).tokenFor(lead.id());

        for (String token : new String[] {forged, "", "garbage", lead.id().value() + ".", null}) {
            assertThatThrownBy(() -> unsubscribe.unsubscribe(token)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> unsubscribe.look(token)).isInstanceOf(NotFoundException.class);
        }
        assertThat(world.preferences.find(lead.id()).orElseThrow().digest()).isTrue();
        assertThat(world.audit.entries).isEmpty();
    }

    @Test
    void aSignedLinkOfAPersonWhoIsGoneIsNotFound() {
        assertThatThrownBy(() -> unsubscribe.unsubscribe(links.tokenFor(new PersonId(4242))))
                .isInstanceOf(NotFoundException.class);
    }
}
