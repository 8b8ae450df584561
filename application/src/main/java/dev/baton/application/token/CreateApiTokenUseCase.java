package dev.baton.application.token;

public interface CreateApiTokenUseCase {

    /** Makes a token for the signed-in person; the answer holds the secret, which is never shown again. */
    NewApiToken create(CreateApiTokenCommand command);
}
