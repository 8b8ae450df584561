package archfixture.adapters.notifications;

import archfixture.adapters.persistence.OrderRow;
import archfixture.application.PlaceOrderUseCase;

/** Breaks: a notifications adapter that reaches into the persistence adapter instead of going through a port. */
public class OrderMailer {
    PlaceOrderUseCase useCase;
    OrderRow row;
}
