package dev.baton.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Baton's own code keeps the hexagon's rules. */
class ArchitectureTest {

    private static JavaClasses baton;
    private static final ArchitectureRules RULES = ArchitectureRules.forRoot("dev.baton");

    @BeforeAll
    static void importProductionClasses() {
        baton = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.baton");
    }

    @Test
    void theDomainDependsOnTheJdkOnly() {
        RULES.domainDependsOnTheJdkOnly().check(baton);
    }

    @Test
    void theApplicationKnowsNoFramework() {
        RULES.applicationKnowsNoFramework().check(baton);
    }

    @Test
    void dependenciesPointInwardAndAdaptersNeverCallEachOther() {
        RULES.dependenciesPointInward().check(baton);
    }

    @Test
    void jpaEntitiesAreNamedSoAndStayInPersistence() {
        RULES.entitiesLiveInPersistence().check(baton);
    }

    @Test
    void apiEndpointsAreResources() {
        RULES.endpointsAreNamedForTheirAdapter().check(baton);
    }

    @Test
    void useCasesAreImplementedByServices() {
        RULES.useCasesAreImplementedByServices().check(baton);
    }

    @Test
    void adaptersNeverDependOnAService() {
        RULES.adaptersNeverDependOnServices().check(baton);
    }

    @Test
    void aUseCaseNeverDependsOnARepository() {
        RULES.useCasesNeverDependOnRepositories().check(baton);
    }
}
