package dev.baton.application.person;

import dev.baton.application.shared.PageRequest;
import dev.baton.application.shared.Validation;
import java.util.Objects;
import java.util.Optional;

public record ListPeopleQuery(Optional<String> search, PageRequest page) {

    public ListPeopleQuery {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(page, "page");
    }

    public static ListPeopleQuery of(String search, Integer page, Integer size) {
        Validation v = new Validation();
        PageRequest pageRequest = v.field("page", () -> PageRequest.of(page, size));
        v.throwIfInvalid();
        return new ListPeopleQuery(
                search == null || search.isBlank() ? Optional.empty() : Optional.of(search.strip()), pageRequest);
    }
}
