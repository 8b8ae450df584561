package dev.baton.application.fakes;

import dev.baton.application.notification.port.LinkSignatures;
import dev.baton.application.notification.port.PublicLinks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Links on {@code https://baton.test}, signed with a digest of a fixed key and the text: another key, another name. */
public final class FixedLinks implements PublicLinks, LinkSignatures {

    private final String key;

    public FixedLinks(String key) {
        this.key = key;
    }

    @Override
    public String to(String path) {
        return "https://baton.test" + path;
    }

    @Override
    public String sign(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((key + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
