package dev.baton.application.crm;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.crm.port.CrmMappingRepository;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Validation;
import dev.baton.domain.crm.CrmMapping;
import dev.baton.domain.crm.CrmSource;
import dev.baton.domain.crm.CrmSourceMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CrmMappingService implements GetCrmMappingUseCase, SetCrmMappingUseCase {

    private final CrmMappingRepository mappings;
    private final FunnelRepository funnels;
    private final AccessPolicy access;
    private final Auditor auditor;

    @Inject
    public CrmMappingService(
            CrmMappingRepository mappings, FunnelRepository funnels, AccessPolicy access, Auditor auditor) {
        this.mappings = mappings;
        this.funnels = funnels;
        this.access = access;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public CrmMapping get(long funnelId) {
        access.requireReader();
        funnel(funnelId);
        return mappings.find(funnelId);
    }

    @Override
    @Transactional
    public CrmMapping set(SetCrmMappingCommand command) {
        access.requireAdmin();
        StoredFunnel funnel = funnel(command.funnelId());
        Validation v = new Validation();
        for (CrmSource source : CrmSource.values()) {
            command.mapping().of(source).ifPresent(mapping -> checkStages(v, source, mapping, funnel));
        }
        v.throwIfInvalid();
        CrmMapping before = mappings.find(command.funnelId());
        mappings.save(command.funnelId(), command.mapping());
        auditor.record(
                "funnel",
                command.funnelId(),
                "crm-mapping",
                summary(before),
                summary(command.mapping()),
                Optional.empty());
        return command.mapping();
    }

    private StoredFunnel funnel(long id) {
        return funnels.findById(id).orElseThrow(() -> new NotFoundException("funnel", id));
    }

    private static void checkStages(Validation v, CrmSource source, CrmSourceMapping mapping, StoredFunnel funnel) {
        mapping.stages().forEach((label, key) -> {
            if (key.isPresent() && funnel.funnel().stage(key.get()).isEmpty()) {
                v.add(FieldError.of(
                        source.key() + ".stages." + label,
                        "field.CRM_NOT_A_STAGE",
                        key.get(),
                        funnel.funnel().name()));
            }
        });
        if (mapping.stages().values().stream().allMatch(Optional::isEmpty)) {
            v.add(FieldError.of(source.key() + ".stages", "field.CRM_WON_STAGE"));
        }
    }

    private static Map<String, Object> summary(CrmMapping mapping) {
        Map<String, Object> summary = new LinkedHashMap<>();
        for (CrmSource source : CrmSource.values()) {
            mapping.of(source).ifPresent(m -> {
                Map<String, Object> one = new LinkedHashMap<>();
                m.pipeline().ifPresent(p -> one.put("pipeline", p));
                m.filter().ifPresent(f -> one.put("filter", f.column() + " = " + f.value()));
                one.put("dateFormat", m.dateFormat().label());
                one.put("stages", m.stages().size());
                summary.put(source.key(), one);
            });
        }
        return summary;
    }
}
