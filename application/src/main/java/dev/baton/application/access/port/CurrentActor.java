package dev.baton.application.access.port;

import dev.baton.application.access.Actor;

/** Who is making the current request. */
public interface CurrentActor {

    Actor actor();
}
