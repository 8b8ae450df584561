package dev.baton.application.preference;

/** The signed-in person sets their own language and digest choice; a stale version is refused. */
public interface SetPreferencesUseCase {

    Preferences set(SetPreferencesCommand command);
}
