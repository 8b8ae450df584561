package dev.baton.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class AuditTrailTest {

    @Inject
    DataSource dataSource;

    @Test
    void creatingATeamRecordsWhoDidItAndWhatItBecame() throws SQLException {
        long owner = Api.createPerson("Audited Owner", "TEAM_LEAD");
        String name = Names.unique("Audited");
        long team = Api.createTeam(name, "SALES", owner);
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select action, before_state::text, after_state->>'name', team_id, actor from audit_entry"
                                + " where entity_type = 'team' and entity_id = ?")) {
            q.setString(1, Long.toString(team));
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("create");
                assertThat(row.getString(2)).isEqualTo("{}");
                assertThat(row.getString(3)).isEqualTo(name);
                assertThat(row.getLong(4)).isEqualTo(team);
                assertThat(row.getString(5)).isEqualTo("test-admin");
            }
        }
    }

    @Test
    void theDatabaseRefusesToRewriteTheTrail() throws SQLException {
        Api.createPerson("Someone", "EXECUTIVE");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_entry set actor = 'mallory'"))
                    .hasMessageContaining("never updated or deleted");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry"))
                    .hasMessageContaining("never updated or deleted");
        }
    }
}
