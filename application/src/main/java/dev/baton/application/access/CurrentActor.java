package dev.baton.application.access;

/** Who is making the current request. */
public interface CurrentActor {

    Actor actor();
}
