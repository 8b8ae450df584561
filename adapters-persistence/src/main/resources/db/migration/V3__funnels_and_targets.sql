-- Funnels with their ordered stages, and KPI targets. Handoffs are derived from the stages, never stored.

create sequence funnel_id_seq;

create table funnel (
    id      bigint primary key,
    name    varchar(80) not null,
    version bigint      not null default 0
);

create table funnel_stage (
    funnel_id bigint      not null references funnel (id) on delete cascade,
    position  integer     not null,
    key       varchar(64) not null check (key ~ '^[a-z0-9][a-z0-9_-]{0,63}$'),
    name      varchar(80) not null,
    team_id   bigint      not null references team (id)
);

create index funnel_stage_funnel_idx on funnel_stage (funnel_id, position);
-- Archiving a team counts the stages it owns.
create index funnel_stage_team_idx on funnel_stage (team_id);

-- A period is stored as its canonical text (2026-09, 2026-Q3, 2026): targets are looked up by exact period.
create table kpi_target (
    id         uuid primary key,
    team_id    bigint        not null references team (id),
    metric     varchar(140)  not null,
    scope_from varchar(64),
    scope_to   varchar(64),
    period     varchar(7)    not null,
    comparison varchar(10)   not null check (comparison in ('AT_LEAST', 'AT_MOST', 'BETWEEN')),
    min_value  numeric,
    max_value  numeric,
    owner_id   bigint        not null references person (id),
    rationale  varchar(500),
    version    bigint        not null default 0,
    check ((scope_from is null) = (scope_to is null)),
    check (comparison <> 'AT_LEAST' or (min_value is not null and max_value is null)),
    check (comparison <> 'AT_MOST' or (min_value is null and max_value is not null)),
    check (comparison <> 'BETWEEN' or (min_value is not null and max_value is not null and min_value <= max_value))
);

-- One target per team, metric, stage scope and period: a second one is a change of the first.
create unique index kpi_target_slot_uk
    on kpi_target (team_id, metric, coalesce(scope_from, ''), coalesce(scope_to, ''), period);
create index kpi_target_period_idx on kpi_target (period);
create index kpi_target_metric_idx on kpi_target (metric);
