package archfixture.adapters.persistence;

import archfixture.application.PlaceOrderUseCase;
import jakarta.persistence.Entity;

/** Breaks: an entity not named JpaEntity. */
@Entity
public class OrderRow {
    PlaceOrderUseCase useCase;
}
