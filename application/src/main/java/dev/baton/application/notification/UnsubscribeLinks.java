package dev.baton.application.notification;

import dev.baton.application.notification.port.LinkSigningKey;
import dev.baton.application.notification.port.PublicLinks;
import dev.baton.domain.person.PersonId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-click unsubscribe link of every digest: {@code /unsubscribe/<person>.<signature>}, an HMAC-SHA256 of the
 * person's id under the link key. It needs no sign-in, so the signature is what stops anyone from turning off someone
 * else's digest by guessing ids.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    static final String PATH = "/unsubscribe/";

    private final LinkSigningKey key;
    private final PublicLinks links;

    @Inject
    public UnsubscribeLinks(LinkSigningKey key, PublicLinks links) {
        this.key = key;
        this.links = links;
    }

    /** The absolute link that turns this person's digest off. */
    public String urlFor(PersonId person) {
        return links.to(PATH + tokenFor(person));
    }

    /** The token of the link: the person's id and its signature. */
    public String tokenFor(PersonId person) {
        return person.value() + "." + signature(person.value());
    }

    /** The person a token names, when its signature is right; empty for anything forged or malformed. */
    public Optional<PersonId> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(id).getBytes(StandardCharsets.US_ASCII);
        // Constant time, so the signature cannot be found a byte at a time.
        return MessageDigest.isEqual(given, expected) && id > 0 ? Optional.of(new PersonId(id)) : Optional.empty();
    }

    private String signature(long personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("unsubscribe:" + personId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
