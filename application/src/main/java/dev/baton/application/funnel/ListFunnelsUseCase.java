package dev.baton.application.funnel;

import java.util.List;

public interface ListFunnelsUseCase {

    List<StoredFunnel> list();
}
