package dev.baton.adapters.rest.preference;

import dev.baton.application.preference.Preferences;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PreferencesResponse(
        @Schema(enumeration = {"en", "zh-CN"}) String language, boolean digest, long version) {

    static PreferencesResponse of(Preferences preferences) {
        return new PreferencesResponse(preferences.language().tag(), preferences.digest(), preferences.version());
    }
}
