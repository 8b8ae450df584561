package dev.baton.adapters.web.measure;

import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** What the measures forms posted: a field that may be absent, and an uploaded file's bytes. */
final class PostedForm {

    private PostedForm() {}

    /** The posted value of a field, or "" when the form did not send it. */
    static String field(MultivaluedMap<String, String> posted, String name) {
        String value = posted == null ? null : posted.getFirst(name);
        return value == null ? "" : value;
    }

    static byte[] bytes(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("an uploaded file could not be read", e);
        }
    }
}
