package archfixture.adapters.web;

import archfixture.application.CancelOrderService;

/** Breaks: an adapter that calls a service instead of the use case it implements. */
public class CancelOrderForm {
    CancelOrderService service;
}
