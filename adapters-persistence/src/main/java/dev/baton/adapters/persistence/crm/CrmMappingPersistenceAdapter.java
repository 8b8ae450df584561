package dev.baton.adapters.persistence.crm;

import dev.baton.application.crm.port.CrmMappingRepository;
import dev.baton.domain.crm.CrmColumnFilter;
import dev.baton.domain.crm.CrmDateFormat;
import dev.baton.domain.crm.CrmMapping;
import dev.baton.domain.crm.CrmSource;
import dev.baton.domain.crm.CrmSourceMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The CRM mappings in two plain tables, read and replaced whole with native statements. */
@ApplicationScoped
public class CrmMappingPersistenceAdapter implements CrmMappingRepository {

    private final EntityManager em;

    @Inject
    public CrmMappingPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CrmMapping find(long funnelId) {
        List<Object[]> heads = em.createNativeQuery(
                        "select source, pipeline, date_format, currency, new_customer_per_won_deal,"
                                + " filter_column, filter_value from crm_mapping where funnel_id = ?1")
                .setParameter(1, funnelId)
                .getResultList();
        Map<CrmSource, CrmSourceMapping> bySource = new EnumMap<>(CrmSource.class);
        for (Object[] head : heads) {
            CrmSource source = CrmSource.of((String) head[0]).orElseThrow();
            List<Object[]> stageRows = em.createNativeQuery("select crm_label, stage_key from crm_mapping_stage"
                            + " where funnel_id = ?1 and source = ?2 order by position")
                    .setParameter(1, funnelId)
                    .setParameter(2, source.key())
                    .getResultList();
            Map<String, Optional<String>> stages = new LinkedHashMap<>();
            for (Object[] stage : stageRows) {
                stages.put((String) stage[0], Optional.ofNullable((String) stage[1]));
            }
            String currency = head[3] == null ? null : head[3].toString().strip();
            bySource.put(
                    source,
                    new CrmSourceMapping(
                            Optional.ofNullable((String) head[1]),
                            CrmDateFormat.ofLabel((String) head[2]).orElseThrow(),
                            Optional.ofNullable(currency).map(Currency::getInstance),
                            Boolean.TRUE.equals(head[4]),
                            stages,
                            head[5] == null
                                    ? Optional.empty()
                                    : Optional.of(new CrmColumnFilter((String) head[5], (String) head[6]))));
        }
        return new CrmMapping(
                Optional.ofNullable(bySource.get(CrmSource.HUBSPOT)),
                Optional.ofNullable(bySource.get(CrmSource.SALESFORCE)));
    }

    @Override
    public void save(long funnelId, CrmMapping mapping) {
        em.createNativeQuery("delete from crm_mapping where funnel_id = ?1")
                .setParameter(1, funnelId)
                .executeUpdate();
        for (CrmSource source : CrmSource.values()) {
            Optional<CrmSourceMapping> one = mapping.of(source);
            if (one.isEmpty()) {
                continue;
            }
            CrmSourceMapping m = one.get();
            em.createNativeQuery("insert into crm_mapping (funnel_id, source, pipeline, date_format, currency,"
                            + " new_customer_per_won_deal, filter_column, filter_value)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, funnelId)
                    .setParameter(2, source.key())
                    .setParameter(3, m.pipeline().orElse(null))
                    .setParameter(4, m.dateFormat().label())
                    .setParameter(5, m.currency().map(Currency::getCurrencyCode).orElse(null))
                    .setParameter(6, m.newCustomerPerWonDeal())
                    .setParameter(7, m.filter().map(CrmColumnFilter::column).orElse(null))
                    .setParameter(8, m.filter().map(CrmColumnFilter::value).orElse(null))
                    .executeUpdate();
            int position = 0;
            for (Map.Entry<String, Optional<String>> stage : m.stages().entrySet()) {
                em.createNativeQuery("insert into crm_mapping_stage (funnel_id, source, position, crm_label,"
                                + " stage_key) values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, funnelId)
                        .setParameter(2, source.key())
                        .setParameter(3, position++)
                        .setParameter(4, stage.getKey())
                        .setParameter(5, stage.getValue().orElse(null))
                        .executeUpdate();
            }
        }
    }
}
