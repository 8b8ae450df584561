package dev.baton.adapters.rest.preference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in person's choices, with the version they read. */
public record PreferencesRequest(
        @Schema(
                        description = "The language of pages and mail",
                        enumeration = {"en", "zh-CN"})
                String language,
        @Schema(description = "Whether the weekly digest comes") Boolean digest,
        @Schema(description = "The version read with GET; a stale one is refused with 409") Long version) {}
