-- The scorecard's data version: a counter that moves only when something the scorecard is computed from changes, so
-- that a failed sign-in, an audit entry, the outbox, autovacuum or another database leaves the reused scorecard alone
-- (it used to be pg_current_snapshot(), which any commit in the cluster moves).
--
-- What the scorecard reads (GetScorecardService through StoredPlans, and the page beside it):
--   team                         the active teams (PlanTeams.active)
--   funnel, funnel_stage         every funnel with its stages (FunnelRepository.findAll)
--   kpi_target                   the targets in force (TargetRepository.inPeriods)
--   custom_metric                the organisation's catalog (MetricCatalogProvider.current)
--   measure_value                the measures of the period and its trends, and the default period (MeasureLedger.read)
--   check_in, check_in_text      the owner's latest check-in shown on each KPI line (LatestCheckIns)
-- Its one setting, the attainment tolerance, is configuration, not data. A table the scorecard comes to read needs the
-- same trigger (ScorecardDataVersionTest names every table above).
--
-- Visibility: the counter moves inside the writing transaction, at its commit, so a reader sees a version exactly
-- when it sees the data that moved it; a rolled-back write moves nothing. Two writers both move it: "n = n + 1" takes
-- the row's lock and the second writer adds to the first one's committed value. The lock is taken only at commit (a
-- deferred trigger) and once per transaction (scorecard_change), so it is held for the commit alone: a long import
-- does not hold other writers up while it runs, and a writer waiting for the lock waits only for a commit that needs
-- nothing it holds, so the counter closes no deadlock.

create table scorecard_data_version (
    id    boolean primary key default true check (id),
    -- A database created afresh (a new demo, a restored copy) starts another epoch, so its n = 0 is not the old one.
    epoch uuid    not null default gen_random_uuid(),
    n     bigint  not null default 0
);

insert into scorecard_data_version default values;

-- The transactions that changed an input and will move the counter at their commit: a row lives only inside its own
-- transaction, so no reader ever sees one.
create table scorecard_change (
    txid bigint primary key
);

create function scorecard_input_changed() returns trigger
    language plpgsql as
$$
begin
    insert into scorecard_change (txid) values (txid_current()) on conflict do nothing;
    return null;
end
$$;

create function scorecard_data_version_move() returns trigger
    language plpgsql as
$$
begin
    update scorecard_data_version set n = n + 1;
    delete from scorecard_change where txid = new.txid;
    return null;
end
$$;

create constraint trigger scorecard_data_version_at_commit
    after insert on scorecard_change
    deferrable initially deferred
    for each row execute function scorecard_data_version_move();

create trigger team_scorecard_input
    after insert or update or delete or truncate on team
    for each statement execute function scorecard_input_changed();

create trigger funnel_scorecard_input
    after insert or update or delete or truncate on funnel
    for each statement execute function scorecard_input_changed();

create trigger funnel_stage_scorecard_input
    after insert or update or delete or truncate on funnel_stage
    for each statement execute function scorecard_input_changed();

create trigger kpi_target_scorecard_input
    after insert or update or delete or truncate on kpi_target
    for each statement execute function scorecard_input_changed();

create trigger custom_metric_scorecard_input
    after insert or update or delete or truncate on custom_metric
    for each statement execute function scorecard_input_changed();

create trigger measure_value_scorecard_input
    after insert or update or delete or truncate on measure_value
    for each statement execute function scorecard_input_changed();

create trigger check_in_scorecard_input
    after insert or update or delete or truncate on check_in
    for each statement execute function scorecard_input_changed();

create trigger check_in_text_scorecard_input
    after insert or update or delete or truncate on check_in_text
    for each statement execute function scorecard_input_changed();
