package archfixture.application.port;

public interface OrderRepository {
    void save();
}
