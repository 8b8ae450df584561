package archfixture.application;

public interface PlaceOrderUseCase {
    void place();
}
