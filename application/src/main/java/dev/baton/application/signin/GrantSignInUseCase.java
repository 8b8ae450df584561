package dev.baton.application.signin;

public interface GrantSignInUseCase {

    void grant(GrantSignInCommand command);
}
