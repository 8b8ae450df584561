package dev.baton.application.metric;

import dev.baton.application.shared.Validation;
import dev.baton.domain.metric.Category;
import java.util.Objects;
import java.util.Optional;

public record ListMetricsQuery(Optional<Category> category) {

    public ListMetricsQuery {
        Objects.requireNonNull(category, "category");
    }

    public static ListMetricsQuery all() {
        return new ListMetricsQuery(Optional.empty());
    }

    public static ListMetricsQuery of(String category) {
        Validation v = new Validation();
        Optional<Category> filter = category == null || category.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(v.enumField("category", category, Category.class));
        v.throwIfInvalid();
        return new ListMetricsQuery(filter);
    }
}
