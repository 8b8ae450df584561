package dev.baton.application.funnel;

public interface GetFunnelUseCase {

    StoredFunnel get(long id);
}
