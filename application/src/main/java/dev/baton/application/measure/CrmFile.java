package dev.baton.application.measure;

import java.util.Objects;

/** One uploaded CRM export: its name (for messages and the audit trail), its bytes and the charset declared, if any. */
public record CrmFile(String name, byte[] bytes, String declaredCharset) {

    public CrmFile {
        name = name == null || name.isBlank() ? "export" : name.strip();
        Objects.requireNonNull(bytes, "bytes");
    }
}
