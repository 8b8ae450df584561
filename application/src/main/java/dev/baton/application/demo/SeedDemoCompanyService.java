package dev.baton.application.demo;

import dev.baton.application.person.CreatePersonCommand;
import dev.baton.application.person.CreatePersonUseCase;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.signin.GrantSignInCommand;
import dev.baton.application.signin.GrantSignInUseCase;
import dev.baton.application.team.AddTeamMemberUseCase;
import dev.baton.application.team.CreateTeamCommand;
import dev.baton.application.team.CreateTeamUseCase;
import dev.baton.application.team.TeamMembershipCommand;
import dev.baton.application.team.TeamRepository;
import dev.baton.domain.person.Person;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A believable B2B SaaS company for a first look: marketing, sales, product and customer success with their leads,
 * an executive, and a sign-in for each role. It goes through the same use cases as a person would, so it is audited
 * and validated like any other change, and it runs only on a database that has no teams yet.
 */
@ApplicationScoped
public class SeedDemoCompanyService implements SeedDemoCompanyUseCase {

    static final String DEMO_PASSWORD = "baton-demo-2026";

    private final TeamRepository teams;
    private final CreatePersonUseCase createPerson;
    private final CreateTeamUseCase createTeam;
    private final AddTeamMemberUseCase addMember;
    private final GrantSignInUseCase grantSignIn;

    @Inject
    public SeedDemoCompanyService(
            TeamRepository teams,
            CreatePersonUseCase createPerson,
            CreateTeamUseCase createTeam,
            AddTeamMemberUseCase addMember,
            GrantSignInUseCase grantSignIn) {
        this.teams = teams;
        this.createPerson = createPerson;
        this.createTeam = createTeam;
        this.addMember = addMember;
        this.grantSignIn = grantSignIn;
    }

    @Override
    @Transactional
    public List<DemoSignIn> seedIfEmpty() {
        if (teams.list(Optional.empty(), true, new PageRequest(0, 1)).total() > 0) {
            return List.of();
        }
        Person maya = person("Maya Chen", "maya.chen@demo.baton", "TEAM_LEAD");
        Person sam = person("Sam Okafor", "sam.okafor@demo.baton", "TEAM_LEAD");
        Person priya = person("Priya Natarajan", "priya.natarajan@demo.baton", "TEAM_LEAD");
        Person carlos = person("Carlos Ruiz", "carlos.ruiz@demo.baton", "TEAM_LEAD");
        Person erin = person("Erin Walsh", "erin.walsh@demo.baton", "EXECUTIVE");
        Person dana = person("Dana Admin", "dana.admin@demo.baton", "ADMIN");
        Person leo = person("Leo Park", "leo.park@demo.baton", "TEAM_LEAD");

        Team marketing = team("Marketing", "MARKETING", maya);
        Team sales = team("Sales", "SALES", sam);
        team("Product", "PRODUCT", priya);
        team("Customer Success", "CUSTOMER_SUCCESS", carlos);
        addMember.addMember(new TeamMembershipCommand(marketing.id(), leo.id()));
        addMember.addMember(new TeamMembershipCommand(sales.id(), leo.id()));

        List<DemoSignIn> signIns = new ArrayList<>();
        signIns.add(signIn(erin, "demo-executive", "EXECUTIVE"));
        signIns.add(signIn(maya, "demo-lead", "TEAM_LEAD"));
        signIns.add(signIn(dana, "demo-admin", "ADMIN"));
        return signIns;
    }

    private Person person(String name, String email, String role) {
        return createPerson.create(CreatePersonCommand.of(name, email, List.of(role)));
    }

    private Team team(String name, String kind, Person owner) {
        return createTeam.create(CreateTeamCommand.of(name, kind, owner.id().value()));
    }

    private DemoSignIn signIn(Person person, String username, String role) {
        grantSignIn.grant(GrantSignInCommand.of(person.id().value(), username, DEMO_PASSWORD));
        return new DemoSignIn(username, DEMO_PASSWORD, role);
    }
}
