package archfixture.adapters.rest;

import archfixture.adapters.web.OrderPage;
import jakarta.ws.rs.Path;

/** Breaks: an endpoint not named Resource, and an adapter calling another adapter. */
@Path("/orders")
public class OrderEndpoint {
    OrderPage page = new OrderPage();
}
