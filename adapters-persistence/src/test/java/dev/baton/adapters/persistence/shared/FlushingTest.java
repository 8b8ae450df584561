package dev.baton.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.shared.AlreadyExistsException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class FlushingTest {

    private static ConstraintViolationException violation(String sqlState, String constraint) {
        return new ConstraintViolationException(
                "could not execute statement", new SQLException("duplicate key", sqlState), constraint);
    }

    @Test
    void aUniqueViolationOfAKnownConstraintBecomesAConflictOnItsField() {
        RuntimeException translated = Flushing.translated(violation("23505", "team_active_name_uk"), "team");
        assertThat(translated).isInstanceOf(AlreadyExistsException.class);
        AlreadyExistsException conflict = (AlreadyExistsException) translated;
        assertThat(conflict.errors().get(0).field()).isEqualTo("name");
        assertThat(conflict.errors().get(0).message().zhCn()).isEqualTo("已有同名的在用团队。");
    }

    @Test
    void everyUniqueConstraintOfTheSchemaNamesTheFieldItGuards() {
        assertThat(field("person_email_uk")).isEqualTo("email");
        assertThat(field("kpi_target_slot_uk")).isEqualTo("metric");
        assertThat(field("custom_metric_pkey")).isEqualTo("key");
        assertThat(field("user_account_pkey")).isEqualTo("username");
        assertThat(field("user_account_person_id_key")).isEqualTo("personId");
    }

    @Test
    void aUniqueViolationOfAnUnlistedConstraintIsStillAConflict() {
        assertThat(field("some_new_uk")).isEqualTo("body");
    }

    @Test
    void aViolationThatIsNotAboutUniquenessIsLeftAsItIs() {
        ConstraintViolationException foreignKey = violation("23503", "kpi_target_team_id_fkey");
        assertThat(Flushing.translated(foreignKey, "target")).isSameAs(foreignKey);
    }

    private static String field(String constraint) {
        AlreadyExistsException conflict =
                (AlreadyExistsException) Flushing.translated(violation("23505", constraint), "thing");
        return conflict.errors().get(0).field();
    }
}
