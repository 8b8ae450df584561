package dev.baton.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * An architecture rule that cannot fail checks nothing. Each rule is run against {@code src/test/archfixture}, a small
 * hexagon that breaks every rule once, and must reject it.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final JavaClasses BROKEN = BrokenFixture.compile();

    @TestFactory
    Stream<DynamicTest> everyRuleRejectsTheBrokenFixture() {
        Map<String, ArchRule> rules = ArchitectureRules.forRoot("archfixture").all();
        assertThat(rules).hasSize(8);
        return rules.entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey() + " fails on the fixture", () -> assertThatThrownBy(
                                () -> rule.getValue().check(BROKEN))
                        .isInstanceOf(AssertionError.class)));
    }

    @Test
    void theLayerRuleRejectsEmptyLayersSoARenamedPackageCannotSilenceIt() {
        assertThatThrownBy(() -> ArchitectureRules.forRoot("nowhere")
                        .dependenciesPointInward()
                        .check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aNotificationsAdapterThatReachesIntoAnotherAdapterIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.forRoot("archfixture")
                        .dependenciesPointInward()
                        .check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("archfixture.adapters.notifications.OrderMailer")
                .hasMessageContaining("archfixture.adapters.persistence.OrderRow");
    }

    @Test
    void anAdapterThatCallsAServiceIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.forRoot("archfixture")
                        .adaptersNeverDependOnServices()
                        .check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("archfixture.adapters.web.CancelOrderForm")
                .hasMessageContaining("archfixture.application.CancelOrderService");
    }

    @Test
    void aUseCaseThatHandsOutARepositoryOrAnotherPortIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.forRoot("archfixture")
                        .useCasesNeverDependOnRepositories()
                        .check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("archfixture.application.FindOrderUseCase")
                .hasMessageContaining("archfixture.application.port.OrderRepository")
                .hasMessageContaining("archfixture.application.AuditOrderUseCase")
                .hasMessageContaining("archfixture.application.port.OrderLedger")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("PlaceOrderUseCase"));
    }
}
