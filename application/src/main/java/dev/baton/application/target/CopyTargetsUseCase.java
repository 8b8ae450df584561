package dev.baton.application.target;

public interface CopyTargetsUseCase {

    CopyResult copy(CopyTargetsCommand command);
}
