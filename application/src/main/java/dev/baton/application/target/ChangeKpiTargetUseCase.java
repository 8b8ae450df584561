package dev.baton.application.target;

public interface ChangeKpiTargetUseCase {

    TargetDetails change(ChangeKpiTargetCommand command);
}
