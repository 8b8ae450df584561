package dev.baton.application.notification;

import dev.baton.application.notification.port.LinkSignatures;
import dev.baton.application.notification.port.PublicLinks;
import dev.baton.domain.person.PersonId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The one-click unsubscribe link of every digest: {@code /unsubscribe/<person>.<signature>}, the person's id signed
 * with the instances' shared secret. It needs no sign-in, so the signature is what stops anyone from turning off someone
 * else's digest by guessing ids.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    static final String PATH = "/unsubscribe/";

    private final LinkSignatures signatures;
    private final PublicLinks links;

    @Inject
    public UnsubscribeLinks(LinkSignatures signatures, PublicLinks links) {
        this.signatures = signatures;
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
        return signatures.sign("unsubscribe:" + personId);
    }
}
