package archfixture.application;

import archfixture.application.port.OrderRepository;

/** Breaks: a use case that hands its caller the repository behind it. */
public interface FindOrderUseCase {
    OrderRepository orders();
}
