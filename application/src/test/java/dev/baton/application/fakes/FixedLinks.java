package dev.baton.application.fakes;

import dev.baton.application.notification.port.LinkSigningKey;
import dev.baton.application.notification.port.PublicLinks;
import java.nio.charset.StandardCharsets;

/** Links on {@code https://baton.test}, signed with a fixed key. */
public final class FixedLinks implements PublicLinks, LinkSigningKey {

    private final byte[] key;

    public FixedLinks(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String to(String path) {
        return "https://baton.test" + path;
    }

    @Override
    public byte[] bytes() {
        return key.clone();
    }
}
