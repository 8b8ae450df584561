package dev.baton.app.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hexagon's rules, written for any root package, so the same rules that guard Baton can be shown to fail on a
 * deliberately broken fixture ({@link ArchitectureRulesCatchViolationsTest}).
 */
final class ArchitectureRules {

    private final String root;

    private ArchitectureRules(String root) {
        this.root = root;
    }

    static ArchitectureRules forRoot(String root) {
        return new ArchitectureRules(root);
    }

    private String pkg(String sub) {
        return root + "." + sub + "..";
    }

    /** The domain is pure Java: the JDK and itself, nothing else. */
    ArchRule domainDependsOnTheJdkOnly() {
        return classes()
                .that()
                .resideInAPackage(pkg("domain"))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", pkg("domain"))
                .because("the domain imports only the JDK (STYLE.md)");
    }

    /** The application knows the domain and three Jakarta annotation APIs, and no framework. */
    ArchRule applicationKnowsNoFramework() {
        return classes()
                .that()
                .resideInAPackage(pkg("application"))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        pkg("domain"),
                        pkg("application"),
                        "jakarta.inject..",
                        "jakarta.enterprise.context..",
                        "jakarta.transaction..")
                .because("use cases know no Quarkus, Hibernate, JAX-RS, Qute or Jackson type");
    }

    /** Dependencies point inward, and no adapter calls another. Every layer must hold classes. */
    ArchRule dependenciesPointInward() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Domain")
                .definedBy(pkg("domain"))
                .layer("Application")
                .definedBy(pkg("application"))
                .layer("REST")
                .definedBy(pkg("adapters.rest"))
                .layer("Persistence")
                .definedBy(pkg("adapters.persistence"))
                .layer("Web")
                .definedBy(pkg("adapters.web"))
                .layer("Notifications")
                .definedBy(pkg("adapters.notifications"))
                .layer("Bootstrap")
                .definedBy(pkg("app"))
                .whereLayer("Bootstrap")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("REST")
                .mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Web")
                .mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Notifications")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Persistence")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Application")
                .mayOnlyBeAccessedByLayers("REST", "Persistence", "Web", "Notifications", "Bootstrap");
    }

    /** JPA entities are named for what they are and never leave the persistence adapter. */
    ArchRule entitiesLiveInPersistence() {
        return classes()
                .that()
                .areAnnotatedWith("jakarta.persistence.Entity")
                .should()
                .haveSimpleNameEndingWith("JpaEntity")
                .andShould()
                .resideInAPackage(pkg("adapters.persistence"));
    }

    /** API endpoints are Resources in the REST adapter; pages live in the web adapter. */
    ArchRule endpointsAreNamedForTheirAdapter() {
        return classes()
                .that()
                .areAnnotatedWith("jakarta.ws.rs.Path")
                .and()
                .resideInAPackage(pkg("adapters.rest"))
                .should()
                .haveSimpleNameEndingWith("Resource")
                .allowEmptyShould(false);
    }

    /** Use cases are implemented by services, so a reader finds the implementation by name. */
    ArchRule useCasesAreImplementedByServices() {
        return classes()
                .that()
                .implement(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a use case", (com.tngtech.archunit.core.domain.JavaClass c) -> c.getSimpleName()
                                .endsWith("UseCase")))
                .and()
                .areNotInterfaces()
                .should()
                .haveSimpleNameEndingWith("Service")
                .andShould()
                .resideInAPackage(pkg("application"));
    }

    /**
     * Adapters call use cases, never the services behind them, so a service can change or be replaced without an
     * adapter noticing.
     */
    ArchRule adaptersNeverDependOnServices() {
        return noClasses()
                .that()
                .resideInAPackage(pkg("adapters"))
                .should()
                .dependOnClassesThat(resideInAPackage(pkg("application")).and(simpleNameEndingWith("Service")))
                .because("an adapter talks to a use case interface, not to its implementation");
    }

    /**
     * A use case says what it does in terms of commands, queries, results and the domain; the repositories and other
     * output ports behind it never appear in its signature.
     */
    ArchRule useCasesNeverDependOnRepositories() {
        return noClasses()
                .that()
                .areInterfaces()
                .and()
                .haveSimpleNameEndingWith("UseCase")
                .should()
                .dependOnClassesThat(simpleNameEndingWith("Repository").or(resideInAPackage(root + "..port..")))
                .because("the output ports stay behind the use case, where the service uses them");
    }

    Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domainDependsOnTheJdkOnly", domainDependsOnTheJdkOnly());
        rules.put("applicationKnowsNoFramework", applicationKnowsNoFramework());
        rules.put("dependenciesPointInward", dependenciesPointInward());
        rules.put("entitiesLiveInPersistence", entitiesLiveInPersistence());
        rules.put("endpointsAreNamedForTheirAdapter", endpointsAreNamedForTheirAdapter());
        rules.put("useCasesAreImplementedByServices", useCasesAreImplementedByServices());
        rules.put("adaptersNeverDependOnServices", adaptersNeverDependOnServices());
        rules.put("useCasesNeverDependOnRepositories", useCasesNeverDependOnRepositories());
        return rules;
    }
}
