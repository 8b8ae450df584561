package dev.baton.adapters.rest.target;

import dev.baton.application.target.CopyResult;

public record CopyResponse(String from, String to, int copied, int skipped) {

    static CopyResponse of(CopyResult result) {
        return new CopyResponse(result.from().format(), result.to().format(), result.copied(), result.skipped());
    }
}
