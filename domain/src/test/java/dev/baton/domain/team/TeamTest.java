package dev.baton.domain.team;

import static dev.baton.domain.shared.Refusals.phraseOf;
import static dev.baton.domain.team.TeamTestData.aTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.person.PersonId;
import dev.baton.domain.shared.Phrase;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamTest {

    @Test
    void aNameIsTrimmed() {
        assertThat(new TeamName("  Growth  ").value()).isEqualTo("Growth");
    }

    @Test
    void aBlankNameIsRefusedInBothLanguages() {
        assertThat(phraseOf(() -> new TeamName("   "))).isEqualTo(Phrase.of("field.TEAM_NAME_REQUIRED"));
    }

    @Test
    void eightyCharactersAreEnoughAndEightyOneTooMany() {
        assertThat(new TeamName("x".repeat(80)).value()).hasSize(80);
        assertThat(phraseOf(() -> new TeamName("x".repeat(81)))).isEqualTo(Phrase.of("field.TEAM_NAME_TOO_LONG", 80));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String eightyEmoji = "🙂".repeat(80);
        assertThat(new TeamName(eightyEmoji).value()).isEqualTo(eightyEmoji);
    }

    @Test
    void uniquenessIgnoresCase() {
        assertThat(new TeamName("Sales").uniquenessKey()).isEqualTo(new TeamName("SALES").uniquenessKey());
    }

    @Test
    void aTeamNeedsAnOwnerAndAKind() {
        assertThat(phraseOf(() -> Team.create(new TeamId(1), new TeamName("A"), DepartmentKind.SALES, null)))
                .isEqualTo(Phrase.of("field.OWNER_REQUIRED"));
        assertThat(phraseOf(() -> Team.create(new TeamId(1), new TeamName("A"), null, new PersonId(1))))
                .isEqualTo(Phrase.of("field.KIND_REQUIRED"));
    }

    @Test
    void changesReturnANewTeamWithTheVersionThatWasRead() {
        Team team = aTeam().build();
        Team changed = team.rename(new TeamName("Demand"))
                .changeKind(DepartmentKind.OTHER)
                .assignOwner(new PersonId(9))
                .addMember(new PersonId(4));
        assertThat(team.name().value()).isEqualTo("Marketing");
        assertThat(changed.name().value()).isEqualTo("Demand");
        assertThat(changed.kind()).isEqualTo(DepartmentKind.OTHER);
        assertThat(changed.isLedBy(new PersonId(9))).isTrue();
        assertThat(changed.hasMember(new PersonId(4))).isTrue();
        assertThat(changed.version()).isEqualTo(team.version());
    }

    @Test
    void membersCannotBeChangedFromOutside() {
        Team team = aTeam().build().addMember(new PersonId(2));
        assertThatThrownBy(() -> team.members().add(new PersonId(3))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(team.removeMember(new PersonId(2)).members()).isEmpty();
        assertThat(team.members()).isEqualTo(Set.of(new PersonId(2)));
    }

    @Test
    void archivingKeepsEverythingElse() {
        Team archived = aTeam().named("Legacy").build().archive();
        assertThat(archived.archived()).isTrue();
        assertThat(archived.name().value()).isEqualTo("Legacy");
    }

    @Test
    void idsArePositive() {
        assertThatThrownBy(() -> new TeamId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonId(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
