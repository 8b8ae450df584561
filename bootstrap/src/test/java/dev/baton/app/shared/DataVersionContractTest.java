package dev.baton.app.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.port.DataVersion;
import dev.baton.application.signin.UserAccount;
import dev.baton.application.signin.port.PasswordHasher;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The data version against PostgreSQL, with real HTTP Basic sign-ins rather than a test identity, so the sign-in's own
 * reads and writes are part of what is measured: reading leaves it alone, any commit moves it, and a refused sign-in is
 * a commit (the attempt is counted).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DataVersionContractTest {

    private static final String PASSWORD = "version-password";

    @Inject
    DataVersion version;

    @Inject
    PersonRepository people;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    private String username;

    @BeforeEach
    void anAdminWithAPassword() {
        username = "version-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            Person admin = people.add(Person.create(
                    people.nextId(),
                    new PersonName("Version Admin"),
                    new EmailAddress(Names.email("version")),
                    Set.of(Role.ADMIN)));
            accounts.add(new UserAccount(username, hasher.hash(PASSWORD.toCharArray()), admin.id()));
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
    void aCommittedChangeGivesANewVersion() {
        String before = now();
        Api.createPerson(signedIn(), Names.unique("Version Person"), "EXECUTIVE");

        assertThat(now()).isNotEqualTo(before);
    }

    @Test
    void aRefusedSignInIsCountedSoItGivesANewVersion() {
        String before = now();
        given().auth()
                .preemptive()
                .basic(username, "wrong-password")
                .get("/api/teams")
                .then()
                .statusCode(401);

        assertThat(now()).isNotEqualTo(before);
    }
}
