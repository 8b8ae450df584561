package dev.baton.app.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port of the loopback address, and Baton's mail settings pointing at it in
 * the clear ({@code BATON_SMTP_TLS=none}). A test gets the server in a field marked {@link InjectGreenMail}.
 */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String FROM = "baton@baton.test";

    /** Marks the test's {@code GreenMail} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectGreenMail {}

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return Map.of(
                "baton.smtp.host",
                "127.0.0.1",
                "baton.smtp.port",
                Integer.toString(port),
                "baton.smtp.tls",
                "none",
                "baton.mail.from",
                FROM);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                greenMail, new TestInjector.AnnotatedAndMatchesType(InjectGreenMail.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
