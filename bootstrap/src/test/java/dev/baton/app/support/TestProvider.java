package dev.baton.app.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the provider of quarkus-test-oidc-server ({@link OidcWiremockTestResource}) hands out when Baton trades a code:
 * its own stub always vouches for the same person, without the nonce, so each test says whom the next code stands
 * for, with the nonce Baton sent, or which bad ID token it stands for. Its authorize endpoint is a form that sends the
 * browser straight back with a code; its tokens are signed with the key its JWKS publishes.
 */
public final class TestProvider {

    public static final String CLIENT_ID = "baton-test";
    public static final String CLIENT_SECRET = "test-provider-client-secret";

    /** The issuer the test server's discovery document names and its tokens carry. */
    private static final String ISSUER = "https://server.example.com";

    private static final String TOKEN_PATH = "/auth/realms/quarkus/token";
    private static final AtomicLong CODES = new AtomicLong();

    private TestProvider() {}

    /**
     * The next code the provider hands out is exchanged, once, for {@code idToken}; a second exchange of it is refused
     * with {@code invalid_grant}, as a real provider refuses a code used twice.
     */
    public static void nextCodeGives(WireMockServer provider, String idToken) {
        String scenario = "code-" + CODES.incrementAndGet();
        provider.stubFor(post(urlEqualTo(TOKEN_PATH))
                .atPriority(1)
                .inScenario(scenario)
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("used")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + OidcWiremockTestResource.getAccessToken("someone", Set.of())
                                + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"" + idToken
                                + "\"}")));
        provider.stubFor(post(urlEqualTo(TOKEN_PATH))
                .atPriority(1)
                .inScenario(scenario)
                .whenScenarioStateIs("used")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\"}")));
    }

    /** A good ID token: issuer, audience, lifetime and signature as Baton expects, and the nonce it sent. */
    public static String idToken(String username, String nonce) {
        return sign(claims(username, nonce));
    }

    public static String idTokenWithoutTheUsername(String nonce) {
        return sign(Jwt.issuer(ISSUER).audience(CLIENT_ID).subject("no-name").claim("nonce", nonce));
    }

    /** A token with one thing wrong, as {@code OidcSignInTest} names it. */
    public static String badIdToken(String trick, String username, String nonce) {
        return switch (trick) {
            case "wrong-nonce" -> idToken(username, "a-nonce-baton-never-sent");
            case "wrong-audience" -> sign(claims(username, nonce).audience("another-client"));
            case "wrong-issuer" -> sign(claims(username, nonce).issuer("https://elsewhere.example.com"));
            case "expired" ->
                sign(claims(username, nonce)
                        .issuedAt(Instant.now().minusSeconds(7200))
                        .expiresAt(Instant.now().minusSeconds(3600)));
            // Same key id as the provider's key, another key: only checking the signature catches it.
            case "foreign-signature" -> claims(username, nonce).jws().keyId("1").sign(foreignKey());
            default -> throw new IllegalArgumentException(trick);
        };
    }

    /** The {@code nonce} parameter of the authorization request Baton sent the browser with. */
    public static String nonceOf(String authorizationUrl) {
        return parameter(authorizationUrl, "nonce");
    }

    public static String parameter(String url, String name) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow(() -> new AssertionError(url + " has no " + name));
    }

    private static JwtClaimsBuilder claims(String username, String nonce) {
        return Jwt.preferredUserName(username)
                .issuer(ISSUER)
                .audience(CLIENT_ID)
                .subject("provider-" + username)
                .claim("nonce", nonce)
                // What a provider asserts about roles must not matter: Baton's own roles apply.
                .groups(Set.of("ADMIN", "admin"));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    private static PrivateKey foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
