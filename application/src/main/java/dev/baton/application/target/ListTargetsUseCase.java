package dev.baton.application.target;

import dev.baton.application.shared.Page;

public interface ListTargetsUseCase {

    Page<TargetDetails> list(ListTargetsQuery query);
}
