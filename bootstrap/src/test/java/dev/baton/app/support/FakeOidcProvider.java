package dev.baton.app.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An OpenID Connect provider just real enough to sign in against: discovery, JWKS, an authorize endpoint that asks
 * for a username and redirects back with a code, and a token endpoint that checks the client's secret, the redirect
 * URI and the PKCE verifier before it hands out an RS256-signed ID token. It listens on 127.0.0.1 while tests reach
 * Baton at localhost, so the browser sees two different sites, as with a real provider.
 *
 * <p>The person at the provider is whoever {@code login_as} names. A test may add {@code trick} to the authorize
 * request to get a bad ID token: {@code foreign-signature}, {@code wrong-nonce}, {@code wrong-audience} or
 * {@code expired}.
 */
public class FakeOidcProvider implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "baton-test";
    public static final String CLIENT_SECRET = "fake-provider-client-secret";

    private record Grant(
            String username, String nonce, String redirectUri, String codeChallenge, String trick, String clientId) {}

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService threads;
    private String issuer;
    private RSAKey signingKey;
    private RSAKey foreignKey;

    @Override
    public Map<String, String> start() {
        return startOn(0);
    }

    /** Starts on a given port (0 for any free one), so a test can bring a stopped provider back at its address. */
    public Map<String, String> startOn(int port) {
        try {
            // Same key id, different key: a token signed with it can only be caught by checking the signature.
            signingKey = new RSAKeyGenerator(2048).keyID("fake-provider-key").generate();
            foreignKey = new RSAKeyGenerator(2048).keyID("fake-provider-key").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", this::jwks);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.start();
        return Map.of(
                "baton.oidc.issuer", issuer,
                "baton.oidc.client-id", CLIENT_ID,
                "baton.oidc.client-secret", CLIENT_SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/authorize");
        document.put("token_endpoint", issuer + "/token");
        document.put("jwks_uri", issuer + "/jwks");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        json(exchange, 200, document);
    }

    private void jwks(HttpExchange exchange) throws IOException {
        json(exchange, 200, new JWKSet(signingKey.toPublicJWK()).toJSONObject());
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
        String redirectUri = query.get("redirect_uri");
        boolean wellFormed = CLIENT_ID.equals(query.get("client_id"))
                && "code".equals(query.get("response_type"))
                && query.getOrDefault("scope", "").contains("openid")
                && "S256".equals(query.get("code_challenge_method"))
                && query.get("code_challenge") != null
                && query.get("state") != null
                && query.get("nonce") != null
                && redirectUri != null;
        if (!wellFormed) {
            text(exchange, 400, "invalid authorization request");
            return;
        }
        String username = query.get("login_as");
        if (username == null) {
            askForUsername(exchange, query);
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(
                code,
                new Grant(
                        username,
                        query.get("nonce"),
                        redirectUri,
                        query.get("code_challenge"),
                        query.getOrDefault("trick", ""),
                        query.get("client_id")));
        String back = redirectUri + "?code=" + encode(code) + "&state=" + encode(query.get("state"));
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** The provider's own sign-in page, for the browser test: the request comes back with {@code login_as}. */
    private static void askForUsername(HttpExchange exchange, Map<String, String> query) throws IOException {
        StringBuilder page =
                new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Fake provider</title></head><body>"
                        + "<h1>Fake provider</h1><form method=\"get\" action=\"/authorize\">");
        query.forEach((name, value) -> page.append("<input type=\"hidden\" name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\">"));
        page.append("<label for=\"login_as\">Account at the provider</label>"
                + "<input id=\"login_as\" name=\"login_as\"><button type=\"submit\">Continue</button>"
                + "</form></body></html>");
        byte[] body = page.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (encode(CLIENT_ID) + ":" + encode(CLIENT_SECRET)).getBytes(StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod())
                || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Map<String, String> form =
                parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (grant == null
                || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.codeChallenge().equals(challengeOf(form.getOrDefault("code_verifier", "")))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", UUID.randomUUID().toString());
        answer.put("token_type", "Bearer");
        answer.put("expires_in", 300);
        answer.put("id_token", idToken(grant));
        json(exchange, 200, answer);
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        Instant expires = grant.trick().equals("expired") ? now.minus(Duration.ofHours(1)) : now.plusSeconds(300);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("subject-of-" + grant.username())
                .audience(grant.trick().equals("wrong-audience") ? "another-client" : grant.clientId())
                .issueTime(Date.from(grant.trick().equals("expired") ? expires.minusSeconds(300) : now))
                .expirationTime(Date.from(expires))
                .claim("nonce", grant.trick().equals("wrong-nonce") ? "a-nonce-from-another-round" : grant.nonce())
                .claim("preferred_username", grant.username())
                .build();
        RSAKey key = grant.trick().equals("foreign-signature") ? foreignKey : signingKey;
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64URL.encode(digest).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parameters(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            parameters.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
