package dev.baton.application.audit;

/** Who is making the current request, for the audit trail. */
public interface CurrentActor {

    String name();
}
