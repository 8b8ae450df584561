package archfixture.app;

import archfixture.adapters.rest.OrderEndpoint;

public class Main {
    OrderEndpoint endpoint = new OrderEndpoint();
}
