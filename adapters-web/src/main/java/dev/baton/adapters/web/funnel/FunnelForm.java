package dev.baton.adapters.web.funnel;

import dev.baton.application.funnel.StoredFunnel;
import dev.baton.domain.funnel.Stage;
import java.util.ArrayList;
import java.util.List;

/** What the funnel form holds, as typed: its name, its stage rows (with a few spare ones) and the version loaded. */
public record FunnelForm(String name, List<StageRow> rows, String version) {

    static final int SPARE_ROWS = 3;
    static final int MIN_ROWS = 6;

    static FunnelForm empty() {
        return typed("", List.of(), List.of(), List.of(), "");
    }

    static FunnelForm of(StoredFunnel stored) {
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        for (Stage stage : stored.funnel().stages()) {
            keys.add(stage.key());
            names.add(stage.name());
            teams.add(Long.toString(stage.owner().value()));
        }
        return typed(stored.funnel().name(), keys, names, teams, Long.toString(stored.version()));
    }

    /** The rows typed, blank ones dropped so the row numbers match the stages sent, then spare rows. */
    static FunnelForm typed(String name, List<String> keys, List<String> names, List<String> teams, String version) {
        List<StageRow> rows = new ArrayList<>();
        int count = Math.max(size(keys), Math.max(size(names), size(teams)));
        for (int i = 0; i < count; i++) {
            StageRow row = new StageRow(rows.size(), at(keys, i), at(names, i), at(teams, i));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        int wanted = Math.max(MIN_ROWS, rows.size() + SPARE_ROWS);
        while (rows.size() < wanted) {
            rows.add(new StageRow(rows.size(), "", "", ""));
        }
        return new FunnelForm(name == null ? "" : name, rows, version == null ? "" : version);
    }

    List<StageRow> filled() {
        return rows.stream().filter(r -> !r.blank()).toList();
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }
}
