package dev.baton.application.team;

import dev.baton.application.shared.PageRequest;
import dev.baton.application.shared.Validation;
import dev.baton.domain.team.DepartmentKind;
import java.util.Objects;
import java.util.Optional;

public record ListTeamsQuery(Optional<DepartmentKind> kind, boolean includeArchived, PageRequest page) {

    public ListTeamsQuery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(page, "page");
    }

    public static ListTeamsQuery of(String kind, Boolean includeArchived, Integer page, Integer size) {
        Validation v = new Validation();
        Optional<DepartmentKind> filter = kind == null || kind.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(v.enumField("kind", kind, DepartmentKind.class));
        PageRequest pageRequest = v.field("page", () -> PageRequest.of(page, size));
        v.throwIfInvalid();
        return new ListTeamsQuery(filter, Boolean.TRUE.equals(includeArchived), pageRequest);
    }
}
