package dev.baton.application.token;

public interface RevokeApiTokenUseCase {

    /** Revokes one of the signed-in person's tokens; an admin may revoke anyone's. */
    void revoke(long tokenId);
}
