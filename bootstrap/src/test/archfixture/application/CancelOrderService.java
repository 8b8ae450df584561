package archfixture.application;

public class CancelOrderService {
    public void cancel() {}
}
