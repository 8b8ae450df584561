package archfixture.adapters.web;

import archfixture.application.PlaceOrderUseCase;

public class OrderPage {
    PlaceOrderUseCase useCase;
}
