package dev.baton.app.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** People with a Baton sign-in, made through the API by the first admin, and the sessions they get. */
public final class SignIns {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-secret";

    private SignIns() {}

    /** A new person holding {@code role}, with a sign-in of that password; returns the username. */
    public static String create(String usernamePrefix, String role, String password) {
        long person = Api.createPerson(asAdmin(), Names.unique(usernamePrefix), role);
        String username = usernamePrefix + "-" + role.toLowerCase().replace('_', '-') + "-" + person;
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .put("/api/people/" + person + "/account")
                .then()
                .statusCode(204);
        return username;
    }

    /** The person a username made by {@link #create} signs in as: the number it ends with. */
    public static long personOf(String username) {
        return Long.parseLong(username.substring(username.lastIndexOf('-') + 1));
    }

    /** A form post in a signed-in session, with the anti-forgery pair and without following the redirect. */
    public static RequestSpecification formPost(String session) {
        return given().redirects()
                .follow(false)
                .cookie("baton_session", session)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN);
    }

    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    /** The session cookie of signing in through the form, or null when the form refuses. */
    public static String formSession(String username, String password) {
        return given().redirects()
                .follow(false)
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/j_security_check")
                .getCookie("baton_session");
    }
}
