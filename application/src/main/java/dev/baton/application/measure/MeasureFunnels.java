package dev.baton.application.measure;

import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Which funnels measures may be recorded in: those that exist, named by id, or in a CSV file by id or exact name. */
final class MeasureFunnels {

    private final Map<Long, StoredFunnel> byId = new HashMap<>();
    private final Map<String, List<Long>> idsByName = new HashMap<>();

    private MeasureFunnels(List<StoredFunnel> funnels) {
        for (StoredFunnel funnel : funnels) {
            byId.put(funnel.id(), funnel);
            idsByName
                    .computeIfAbsent(funnel.funnel().name().strip(), n -> new ArrayList<>())
                    .add(funnel.id());
        }
    }

    /** Every funnel, read once, for naming funnels in a file. */
    static MeasureFunnels of(FunnelRepository funnels) {
        return new MeasureFunnels(funnels.findAll());
    }

    /**
     * Refuses a funnel that does not exist, under the field {@code funnel}; the organisation is always known.
     *
     * @throws InvalidInputException when no funnel has the id
     */
    static void requireKnown(FunnelRepository funnels, FunnelRef funnel) {
        if (!funnel.organisationWide() && funnels.findById(funnel.id()).isEmpty()) {
            throw InvalidInputException.of("funnel", "field.NO_FUNNEL_ID_SEE", String.valueOf(funnel.id()));
        }
    }

    /**
     * The funnel a CSV cell names: empty for organisation-wide, else a funnel's id, else the exact name of one funnel.
     * An id wins over a name, so a file written by the export (which writes ids) always imports back the same.
     *
     * @throws InvalidValueException naming the text when it names no funnel, or several by name
     */
    FunnelRef resolve(String text) {
        String named = text == null ? "" : text.strip();
        if (named.isEmpty()) {
            return FunnelRef.ORGANISATION;
        }
        if (named.chars().allMatch(c -> c >= '0' && c <= '9') && named.length() <= 18) {
            long id = Long.parseLong(named);
            if (byId.containsKey(id)) {
                return FunnelRef.of(id);
            }
        }
        List<Long> ids = idsByName.getOrDefault(named, List.of());
        if (ids.size() == 1) {
            return FunnelRef.of(ids.get(0));
        }
        if (ids.size() > 1) {
            String listed = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
            throw new InvalidValueException(
                    "field.FUNNELS_NAMED_GIVE_FUNNEL", ids.size(), String.valueOf(named), String.valueOf(listed));
        }
        throw new InvalidValueException("field.UNKNOWN_FUNNEL_GIVE_ID", String.valueOf(named));
    }
}
