package dev.baton.application.target;

public interface SetKpiTargetUseCase {

    TargetDetails set(SetKpiTargetCommand command);
}
