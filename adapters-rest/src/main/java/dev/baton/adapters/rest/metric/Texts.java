package dev.baton.adapters.rest.metric;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.baton.domain.shared.LocalizedText;

/** A text in both of Baton's languages, keyed by language tag. */
public record Texts(String en, @JsonProperty("zh-CN") String zhCn) {

    static Texts of(LocalizedText text) {
        return new Texts(text.en(), text.zhCn());
    }
}
