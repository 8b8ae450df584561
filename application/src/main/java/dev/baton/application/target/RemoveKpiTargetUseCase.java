package dev.baton.application.target;

public interface RemoveKpiTargetUseCase {

    void remove(RemoveKpiTargetCommand command);
}
