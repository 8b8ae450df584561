package dev.baton.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedDemoCompanyServiceTest {

    @Test
    void theRunningMonthRecordsItsFlowsToDateAndItsStocksWhole() {
        Map<String, Object> whole = SeedDemoCompanyService.measures(0);
        Map<String, Object> toDate = SeedDemoCompanyService.toDate(whole, LocalDate.of(2026, 11, 15));
        assertThat(toDate.get("leads")).isEqualTo(600L);
        assertThat(toDate.get("deals")).isEqualTo(11L);
        assertThat(toDate.get("entered:mql")).isEqualTo(240L);
        assertThat(toDate.get("paying_customers")).isEqualTo(whole.get("paying_customers"));
        assertThat(toDate.get("average_deal_value")).isEqualTo(whole.get("average_deal_value"));
    }

    @Test
    void theLastCompleteMonthHoldsTheArticlesNumbers() {
        Map<String, Object> month = SeedDemoCompanyService.measures(1);
        assertThat(month.get("revenue")).isEqualTo(1_800_000L);
        assertThat(month.get("deals")).isEqualTo(21);
        assertThat(month.get("new_customers")).isEqualTo(60L);
    }

    @Test
    void theDealFlowACrmDeliversGoesOnTheFunnelAndTheRestStaysOrganisationWide() {
        Map<String, Object> month = SeedDemoCompanyService.measures(1);
        Map<String, Object> funnel = SeedDemoCompanyService.ofTheFunnel(month);
        Map<String, Object> organisation = SeedDemoCompanyService.organisationWide(month);
        assertThat(funnel)
                .containsKeys("deals", "average_deal_value", "new_customers", "entered:visitor", "entered:renewed")
                .doesNotContainKeys("revenue", "marketing_expense", "leads", "won_deals");
        assertThat(organisation).doesNotContainKeys("deals", "average_deal_value", "new_customers", "entered:mql");
        assertThat(funnel.size() + organisation.size()).isEqualTo(month.size());
    }
}
