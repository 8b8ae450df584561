package archfixture.application.port;

/** An output port that is not named a repository: a use case must not hand it out either. */
public interface OrderLedger {
    void note();
}
