package dev.baton.application.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.fakes.World;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.crm.CrmDateFormat;
import dev.baton.domain.crm.CrmMapping;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A funnel's CRM mapping over in-memory fakes: an admin sets it, against the funnel's stages; any reader reads it. */
class CrmMappingServiceTest {

    private final World world = new World();
    private final Person sam = world.person("Sam Sales", Role.TEAM_LEAD);
    private final Team sales = world.team("Sales", DepartmentKind.SALES, sam);
    private final StoredFunnel main =
            world.funnel("Main", Stage.of("sql", "SQL", sales.id()), Stage.of("won", "Won", sales.id()));
    private final CrmMappingService service =
            new CrmMappingService(world.crmMappings, world.funnels, world.access(), world.auditor());

    private static CrmSourceInput hubspot(String wonStage) {
        Map<String, String> stages = new LinkedHashMap<>();
        stages.put("Closed Won", wonStage);
        stages.put("Closed Lost", null);
        return new CrmSourceInput("Sales pipeline", "DD/MM/YYYY", "EUR", true, stages);
    }

    private static Map<String, String> errorsOf(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(error -> errors.put(error.field(), error.phrase().code()));
            return errors;
        }
        throw new AssertionError("the mapping was accepted");
    }

    @Test
    void anAdminSetsTheMappingAndAReaderReadsItBack() {
        world.signInAdmin();

        CrmMapping set = service.set(SetCrmMappingCommand.of(main.id(), hubspot("won"), null));

        assertThat(world.crmMappings.find(main.id())).isEqualTo(set);
        assertThat(world.audit.actions()).containsExactly("funnel:crm-mapping");
        assertThat(world.audit.entries.get(0).after())
                .containsOnlyKeys("hubspot")
                .containsEntry(
                        "hubspot", Map.of("pipeline", "Sales pipeline", "dateFormat", "DD/MM/YYYY", "stages", 2));
        world.signIn(sam);
        CrmMapping read = service.get(main.id());
        assertThat(read.hubspot().orElseThrow().dateFormat()).isEqualTo(CrmDateFormat.DAY_FIRST);
        assertThat(read.hubspot().orElseThrow().stageOf("closed won")).contains(Optional.of("won"));
        assertThat(read.salesforce()).isEmpty();
    }

    @Test
    void aFunnelWithoutAMappingReadsAsNone() {
        world.signIn(sam);

        assertThat(service.get(main.id())).isEqualTo(CrmMapping.NONE);
    }

    @Test
    void aLabelMappedToAStageTheFunnelDoesNotHaveIsRefusedOnThatLabel() {
        world.signInAdmin();

        assertThat(errorsOf(() -> service.set(SetCrmMappingCommand.of(main.id(), hubspot("closed"), null))))
                .containsOnlyKeys("hubspot.stages.Closed Won");
        assertThat(world.crmMappings.find(main.id())).isEqualTo(CrmMapping.NONE);
        assertThat(world.audit.entries).isEmpty();
    }

    @Test
    void aMappingThatReachesNoStageIsRefused() {
        world.signInAdmin();
        Map<String, String> lostOnly = new LinkedHashMap<>();
        lostOnly.put("Closed Lost", null);

        assertThat(errorsOf(() -> service.set(SetCrmMappingCommand.of(
                        main.id(), null, new CrmSourceInput(null, "ISO", null, false, lostOnly)))))
                .containsOnlyKeys("salesforce.stages");
    }

    @Test
    void anUnknownFunnelIsNotFound() {
        world.signInAdmin();

        assertThatThrownBy(() -> service.set(SetCrmMappingCommand.of(999, hubspot("won"), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAnAdminSetsAMappingAndSomeoneWithoutAReadingRoleReadsNone() {
        world.signIn(sam);
        assertThatThrownBy(() -> service.set(SetCrmMappingCommand.of(main.id(), hubspot("won"), null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(world.crmMappings.find(main.id())).isEqualTo(CrmMapping.NONE);

        world.actor.withoutRoles();
        assertThatThrownBy(() -> service.get(main.id())).isInstanceOf(ForbiddenException.class);
    }
}
