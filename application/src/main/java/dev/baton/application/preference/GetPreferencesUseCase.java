package dev.baton.application.preference;

/** The signed-in person's own notification preferences. */
public interface GetPreferencesUseCase {

    Preferences mine();
}
