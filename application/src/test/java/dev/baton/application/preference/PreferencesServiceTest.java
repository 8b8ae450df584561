package dev.baton.application.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person reading and setting their own language and digest choice, over the in-memory fakes. */
class PreferencesServiceTest {

    private final World world = new World();
    private final PreferencesService preferences =
            new PreferencesService(world.preferences, world.actor, world.auditor());
    private Person lead;

    @BeforeEach
    void aLeadSignedIn() {
        lead = world.signIn(world.person("Lee Lead", Role.TEAM_LEAD));
    }

    @Test
    void aPersonStartsInEnglishWithTheDigestOn() {
        assertThat(preferences.mine()).isEqualTo(new Preferences(Language.ENGLISH, true, lead.version()));
    }

    @Test
    void aPersonSetsTheirLanguageAndTurnsTheDigestOffAndTheChangeIsAudited() {
        Preferences saved = preferences.set(SetPreferencesCommand.of("zh-CN", false, lead.version()));

        assertThat(saved.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(saved.digest()).isFalse();
        assertThat(preferences.mine()).isEqualTo(saved);
        assertThat(preferences.ofReader()).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(world.audit.actions()).containsExactly("person:preferences");
        assertThat(world.audit.entries.get(0).after()).containsEntry("language", "zh-CN");
    }

    @Test
    void aStaleVersionIsAConcurrentEditAndChangesNothing() {
        preferences.set(SetPreferencesCommand.of("zh-CN", true, lead.version()));

        assertThatThrownBy(() -> preferences.set(SetPreferencesCommand.of("en", false, lead.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(preferences.mine().language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(preferences.mine().digest()).isTrue();
    }

    @Test
    void savingWhatIsStoredWritesNothing() {
        Preferences same = preferences.set(SetPreferencesCommand.of("en", true, lead.version()));

        assertThat(same.version()).isEqualTo(lead.version());
        assertThat(world.audit.entries).isEmpty();
    }

    @Test
    void anUnknownLanguageIsAnErrorOnTheLanguageField() {
        assertThatThrownBy(() -> SetPreferencesCommand.of("fr", true, 0L))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("language"));
        assertThatThrownBy(() -> SetPreferencesCommand.of(null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("language", "digest", "version"));
    }

    @Test
    void nobodySignedInHasNoPreferencesAndNoStoredLanguage() {
        world.signOut();

        assertThatThrownBy(preferences::mine).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> preferences.set(SetPreferencesCommand.of("en", true, 0L)))
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(preferences.ofReader()).isEmpty();
    }

    @Test
    void someoneSignedInWhoIsNoPersonIsRefused() {
        world.actor.withoutRoles();

        assertThatThrownBy(preferences::mine).isInstanceOf(ForbiddenException.class);
        assertThat(preferences.ofReader()).isEmpty();
    }

    @Test
    void anExecutiveAndAnAdminHavePreferencesOfTheirOwn() {
        preferences.set(SetPreferencesCommand.of("zh-CN", true, lead.version()));
        world.signIn(world.person("Eve Executive", Role.EXECUTIVE));

        assertThat(preferences.mine().language()).isEqualTo(Language.ENGLISH);
        world.signInAdmin();
        assertThat(preferences.mine().language()).isEqualTo(Language.ENGLISH);
    }
}
