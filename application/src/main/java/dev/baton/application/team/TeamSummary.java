package dev.baton.application.team;

import dev.baton.domain.person.Person;
import dev.baton.domain.team.Team;

/** A team with its owner resolved, as a list shows it. */
public record TeamSummary(Team team, Person owner) {}
