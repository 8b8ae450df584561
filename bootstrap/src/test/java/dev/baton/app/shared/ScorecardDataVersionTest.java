package dev.baton.app.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import dev.baton.application.notification.port.Outbox;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.port.DataVersion;
import dev.baton.application.signin.UserAccount;
import dev.baton.application.signin.port.PasswordHasher;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.domain.notification.Message;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scorecard's data version against PostgreSQL, with real HTTP Basic sign-ins rather than a test identity, so the
 * sign-in's own reads and writes are part of what is measured: reading leaves it alone, a committed change to what
 * the scorecard reads moves it, and writes to anything else (a refused sign-in, the audit trail, the outbox, a new
 * person) do not.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ScorecardDataVersionTest {

    private static final String PASSWORD = "version-password";

    /** Every table the scorecard reads (see V19__scorecard_data_version.sql). */
    private static final List<String> SCORECARD_INPUTS = List.of(
            "team",
            "funnel",
            "funnel_stage",
            "kpi_target",
            "custom_metric",
            "measure_value",
            "check_in",
            "check_in_text");

    @Inject
    DataVersion version;

    @Inject
    PersonRepository people;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    private String username;
    private long adminId;

    @BeforeEach
    void anAdminWithAPassword() {
        username = "version-" + System.nanoTime();
        adminId = QuarkusTransaction.requiringNew().call(() -> {
            Person admin = people.add(Person.create(
                    people.nextId(),
                    new PersonName("Version Admin"),
                    new EmailAddress(Names.email("version")),
                    Set.of(Role.ADMIN)));
            accounts.add(new UserAccount(username, hasher.hash(PASSWORD.toCharArray()), admin.id()));
            return admin.id().value();
        });
    }

    private RequestSpecification signedIn() {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    private String now() {
        return QuarkusTransaction.requiringNew().call(version::current);
    }

    @Test
    void readingDoesNotChangeTheVersion() {
        String before = now();
        signedIn().get("/api/teams").then().statusCode(200);
        signedIn().get("/scorecard").then().statusCode(200);

        assertThat(now()).isEqualTo(before);
    }

    @Test
    void aRecordedMeasureMovesTheVersion() {
        String period = "4039-02";
        String etag = signedIn()
                .get("/api/measures/" + period)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String before = now();
        signedIn()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("leads", 321))
                .put("/api/measures/" + period)
                .then()
                .statusCode(200);

        assertThat(now()).isNotEqualTo(before);
    }

    @Test
    void aChangedTargetMovesTheVersion() {
        long team = Api.createTeam(signedIn(), Names.unique("Version Team"), "MARKETING", adminId);
        Map<String, Object> body = PlanApi.target(team, "lead_count", "4039-03", "AT_LEAST", 100, adminId);
        String id = signedIn()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/targets")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        String before = now();
        Map<String, Object> raised = PlanApi.target(team, "lead_count", "4039-03", "AT_LEAST", 200, adminId);
        raised.put("version", 0);
        signedIn()
                .contentType(ContentType.JSON)
                .body(raised)
                .put("/api/targets/" + id)
                .then()
                .statusCode(200);

        assertThat(now()).isNotEqualTo(before);
    }

    @Test
    void aWriteToAnyTableTheScorecardReadsMovesTheVersion() throws SQLException {
        for (String table : SCORECARD_INPUTS) {
            String before = now();
            execute("delete from " + table + " where false");

            assertThat(now()).as(table).isNotEqualTo(before);
        }
    }

    @Test
    void truncatingATableTheScorecardReadsMovesTheVersionAtCommit() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long before = counter(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("truncate check_in_text");
                statement.execute("set constraints scorecard_data_version_at_commit immediate");
            }
            assertThat(counter(connection)).isEqualTo(before + 1);
            connection.rollback();
        }
    }

    @Test
    void aRefusedSignInDoesNotMoveTheVersion() {
        String before = now();
        given().auth()
                .preemptive()
                .basic(username, "wrong-password")
                .get("/api/teams")
                .then()
                .statusCode(401);
        given().redirects()
                .follow(false)
                .formParam("j_username", username)
                .formParam("j_password", "wrong-password")
                .post("/j_security_check");

        assertThat(now()).isEqualTo(before);
    }

    @Test
    void readingTheAuditTrailDoesNotMoveTheVersion() {
        String before = now();
        signedIn().get("/api/audit").then().statusCode(200);

        assertThat(now()).isEqualTo(before);
    }

    @Test
    void aMessageInTheOutboxDoesNotMoveTheVersion() {
        String before = now();
        QuarkusTransaction.requiringNew()
                .call(() -> outbox.keep(Message.mail("a@example.com", "Subject", "text", "<p>html</p>", "digest")));

        assertThat(now()).isEqualTo(before);
    }

    @Test
    void aWriteToAnotherTableDoesNotMoveTheVersion() throws SQLException {
        String before = now();
        Api.createPerson(signedIn(), Names.unique("Version Person"), "EXECUTIVE");
        execute("update fortune set message = message");

        assertThat(now()).isEqualTo(before);
    }

    @Test
    void anUncommittedWriteDoesNotShowAndARolledBackOneNeverDoes() throws SQLException {
        String before = now();
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (Statement statement = writer.createStatement()) {
                statement.execute("delete from kpi_target where false");
            }
            assertThat(now()).isEqualTo(before);
            writer.rollback();
        }
        assertThat(now()).isEqualTo(before);
    }

    @Test
    void twoWritersBothMoveTheVersion() throws SQLException {
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            long before = counter(second);
            try (Statement a = first.createStatement();
                    Statement b = second.createStatement()) {
                a.execute("delete from measure_value where false");
                b.execute("delete from measure_value where false");
            }
            String neither = now();
            second.commit();
            String one = now();
            first.commit();
            String both = now();

            assertThat(List.of(neither, one, both)).doesNotHaveDuplicates();
            first.setAutoCommit(true);
            assertThat(counter(first)).isEqualTo(before + 2);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long counter(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select n from scorecard_data_version")) {
            result.next();
            return result.getLong(1);
        }
    }
}
