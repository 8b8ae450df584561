package dev.baton.application.person;

import dev.baton.application.fakes.World;

/** The person services as CDI builds them, over a {@link World}, for tests outside this package (the guards are not public). */
public final class PersonServicesOverFakes {

    private PersonServicesOverFakes() {}

    public static CreatePersonService createPerson(World world) {
        return new CreatePersonService(world.people, new PersonGuards(world.people), world.auditor(), world.access());
    }
}
