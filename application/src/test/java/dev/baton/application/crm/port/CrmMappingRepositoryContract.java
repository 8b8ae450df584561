package dev.baton.application.crm.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import dev.baton.domain.crm.CrmColumnFilter;
import dev.baton.domain.crm.CrmDateFormat;
import dev.baton.domain.crm.CrmMapping;
import dev.baton.domain.crm.CrmSourceMapping;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every CrmMappingRepository keeps: run against the in-memory fake and the PostgreSQL adapter. */
public abstract class CrmMappingRepositoryContract extends PortContract {

    protected abstract CrmMappingRepository mappings();

    /** A stored funnel with the stages {@code sql} and {@code won}, which no mapping names yet. */
    protected abstract long aFunnel();

    private static CrmSourceMapping hubspot() {
        Map<String, Optional<String>> stages = new LinkedHashMap<>();
        stages.put("Closed Won", Optional.of("won"));
        stages.put("Appointment Scheduled", Optional.of("sql"));
        stages.put("Closed Lost", Optional.empty());
        return new CrmSourceMapping(
                Optional.of("Sales pipeline"),
                CrmDateFormat.DAY_FIRST,
                Optional.of(Currency.getInstance("EUR")),
                true,
                stages);
    }

    private static CrmSourceMapping salesforce() {
        return new CrmSourceMapping(
                Optional.empty(),
                CrmDateFormat.ISO,
                Optional.empty(),
                false,
                Map.of("Won", Optional.of("won")),
                Optional.of(new CrmColumnFilter("Opportunity Type", "New Business")));
    }

    @Test
    public void aFunnelWithoutAMappingHasNone() {
        long funnel = aFunnel();

        assertThat(call(() -> mappings().find(funnel))).isEqualTo(CrmMapping.NONE);
    }

    @Test
    public void aSavedMappingReadsBackWholeWithItsStagesInOrder() {
        long funnel = aFunnel();
        CrmMapping mapping = new CrmMapping(Optional.of(hubspot()), Optional.of(salesforce()));

        run(() -> mappings().save(funnel, mapping));
        CrmMapping read = call(() -> mappings().find(funnel));

        assertThat(read).isEqualTo(mapping);
        assertThat(read.hubspot().orElseThrow().stages().keySet())
                .containsExactly("Closed Won", "Appointment Scheduled", "Closed Lost");
        assertThat(read.hubspot().orElseThrow().stages().get("Closed Lost")).isEmpty();
    }

    @Test
    public void savingAgainReplacesTheWholeMappingOfThatFunnelOnly() {
        long funnel = aFunnel();
        long other = aFunnel();
        run(() -> mappings().save(funnel, new CrmMapping(Optional.of(hubspot()), Optional.of(salesforce()))));
        run(() -> mappings().save(other, new CrmMapping(Optional.empty(), Optional.of(salesforce()))));

        CrmMapping replaced = new CrmMapping(Optional.of(salesforce()), Optional.empty());
        run(() -> mappings().save(funnel, replaced));

        assertThat(call(() -> mappings().find(funnel))).isEqualTo(replaced);
        assertThat(call(() -> mappings().find(other)))
                .isEqualTo(new CrmMapping(Optional.empty(), Optional.of(salesforce())));
    }

    @Test
    public void savingNoMappingForgetsIt() {
        long funnel = aFunnel();
        run(() -> mappings().save(funnel, new CrmMapping(Optional.of(hubspot()), Optional.empty())));

        run(() -> mappings().save(funnel, CrmMapping.NONE));

        assertThat(call(() -> mappings().find(funnel))).isEqualTo(CrmMapping.NONE);
    }
}
