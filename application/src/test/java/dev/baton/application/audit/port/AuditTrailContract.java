package dev.baton.application.audit.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.audit.AuditEntry;
import dev.baton.application.audit.AuditQuery;
import dev.baton.application.audit.RecordedChange;
import dev.baton.application.fakes.PortContract;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.team.TeamId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the audit trail keeps, written through {@link AuditTrail} and read back through {@link AuditLog}: run against
 * the in-memory fake and the PostgreSQL adapters. Each test writes about an entity type of its own, because the
 * adapter's trail is shared with every other test.
 */
public abstract class AuditTrailContract extends PortContract {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final TeamId SALES = new TeamId(910_001);
    private static final TeamId MARKETING = new TeamId(910_002);

    protected abstract AuditTrail trail();

    protected abstract AuditLog log();

    private final String type = unique("thing").replace(' ', '-');

    private AuditEntry entry(String id, String actor, int minute, Optional<TeamId> team) {
        return new AuditEntry(
                T0.plusSeconds(60L * minute), actor, type, id, "edit", Map.of(), Map.of("n", minute), team);
    }

    private void recorded(AuditEntry... entries) {
        for (AuditEntry entry : entries) {
            run(() -> trail().record(entry));
        }
    }

    private Page<RecordedChange> find(
            Optional<String> actor,
            Optional<TeamId> team,
            Optional<Instant> from,
            Optional<Instant> until,
            Optional<Set<TeamId>> visible,
            PageRequest page) {
        return call(() -> log().find(
                        new AuditQuery(Optional.of(type), Optional.empty(), team, actor, from, until, visible, page)));
    }

    private List<String> ids(Page<RecordedChange> page) {
        return page.items().stream().map(RecordedChange::entityId).toList();
    }

    private Page<RecordedChange> all() {
        return find(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new PageRequest(0, 50));
    }

    @Test
    public void aChangeReadsBackAsItWasWrittenWithItsStatesAsJson() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "Growth \"team\"");
        before.put("members", 2);
        before.put("archived", false);
        before.put("why", null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("threshold", Map.of("min", 1, "max", 5));
        after.put("stages", List.of("mql", "sql"));
        after.put("a", "x");
        recorded(new AuditEntry(T0, "ada", type, "42", "rename", before, after, Optional.of(SALES)));

        RecordedChange read = all().items().get(0);

        assertThat(read.at()).isEqualTo(T0);
        assertThat(read.actor()).isEqualTo("ada");
        assertThat(read.entityType()).isEqualTo(type);
        assertThat(read.entityId()).isEqualTo("42");
        assertThat(read.action()).isEqualTo("rename");
        assertThat(read.teamId()).isEqualTo(SALES.value());
        assertThat(read.before())
                .isEqualTo("{\"why\": null, \"name\": \"Growth \\\"team\\\"\", \"members\": 2, \"archived\": false}");
        assertThat(read.after())
                .isEqualTo("{\"a\": \"x\", \"stages\": [\"mql\", \"sql\"], \"threshold\": {\"max\": 5, \"min\": 1}}");
    }

    @Test
    public void aCreationHasAnEmptyStateBeforeAndAChangeWithoutATeamHasNone() {
        recorded(new AuditEntry(T0, "ada", type, "1", "create", Map.of(), Map.of(), Optional.empty()));

        RecordedChange read = all().items().get(0);

        assertThat(read.before()).isEqualTo("{}");
        assertThat(read.after()).isEqualTo("{}");
        assertThat(read.teamId()).isNull();
    }

    @Test
    public void theTrailReadsNewestFirstAndInTheOrderWrittenWithinOneInstant() {
        recorded(
                entry("first", "ada", 1, Optional.empty()),
                entry("second", "ada", 2, Optional.empty()),
                entry("third", "ada", 2, Optional.empty()),
                entry("zero", "ada", 0, Optional.empty()));

        Page<RecordedChange> read = all();

        assertThat(ids(read)).containsExactly("third", "second", "first", "zero");
        assertThat(read.items().get(0).id()).isGreaterThan(read.items().get(1).id());
    }

    @Test
    public void theTrailIsReadByEntityTeamActorAndAHalfOpenSpanOfTime() {
        recorded(
                entry("1", "ada", 0, Optional.of(SALES)),
                entry("1", "bob", 10, Optional.of(SALES)),
                entry("2", "ada", 20, Optional.of(MARKETING)),
                entry("3", "ada", 30, Optional.empty()));

        assertThat(ids(call(() -> log().find(new AuditQuery(
                        Optional.of(type),
                        Optional.of("1"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        new PageRequest(0, 50))))))
                .containsExactly("1", "1");
        PageRequest page = new PageRequest(0, 50);
        assertThat(ids(find(
                        Optional.empty(),
                        Optional.of(MARKETING),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        page)))
                .containsExactly("2");
        assertThat(find(
                                Optional.of("bob"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                page)
                        .items())
                .extracting(RecordedChange::actor)
                .containsExactly("bob");
        assertThat(ids(find(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(T0.plusSeconds(600)),
                        Optional.of(T0.plusSeconds(1800)),
                        Optional.empty(),
                        page)))
                .containsExactly("2", "1");
    }

    @Test
    public void aReaderLimitedToTeamsSeesOnlyTheirChangesAndNoneWithoutATeam() {
        recorded(
                entry("sales", "ada", 0, Optional.of(SALES)),
                entry("marketing", "ada", 1, Optional.of(MARKETING)),
                entry("nobody", "ada", 2, Optional.empty()));
        PageRequest page = new PageRequest(0, 50);

        assertThat(ids(find(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(Set.of(SALES)),
                        page)))
                .containsExactly("sales");
        assertThat(find(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(Set.of()),
                                page)
                        .items())
                .isEmpty();
    }

    @Test
    public void aPageCutsTheTrailAndCountsItWhole() {
        recorded(
                entry("a", "ada", 0, Optional.empty()),
                entry("b", "ada", 1, Optional.empty()),
                entry("c", "ada", 2, Optional.empty()));

        Page<RecordedChange> first = find(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new PageRequest(0, 2));
        Page<RecordedChange> second = find(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new PageRequest(1, 2));

        assertThat(ids(first)).containsExactly("c", "b");
        assertThat(ids(second)).containsExactly("a");
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(3);
    }
}
