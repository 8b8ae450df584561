package archfixture.application;

import archfixture.domain.Order;
import jakarta.ws.rs.core.Response;

/** Breaks: a JAX-RS type in the application, and a use case implemented by a class not named Service. */
public class PlaceOrderHandler implements PlaceOrderUseCase {
    @Override
    public void place() {
        new Order();
        Response.ok().build();
    }
}
