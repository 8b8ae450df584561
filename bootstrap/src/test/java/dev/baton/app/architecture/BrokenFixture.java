package dev.baton.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles the deliberately broken hexagon under {@code src/test/archfixture} into a temporary folder. It is kept off
 * the test class path on purpose: there, Quarkus would take its entity and endpoint for real ones.
 */
final class BrokenFixture {

    private static final Path SOURCES = Path.of("src", "test", "archfixture");

    private BrokenFixture() {}

    static JavaClasses compile() {
        try {
            Path out = Files.createTempDirectory("archfixture");
            List<String> args = new ArrayList<>(List.of(
                    "-d",
                    out.toString(),
                    "-classpath",
                    jarOf(jakarta.persistence.Entity.class)
                            + java.io.File.pathSeparator
                            + jarOf(jakarta.ws.rs.Path.class)));
            try (Stream<Path> files = Files.walk(SOURCES)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int status = javac.run(null, null, null, args.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("the architecture fixture did not compile");
            }
            return new ClassFileImporter().importPath(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
