-- Waterfalls adopted from the plan page or POST /api/plans/waterfall/adopt: one per funnel and period (adopting again
-- replaces it), with each planned stage's requirement, so that a target on a stage's entries can show what the plan
-- asked of it. The period is its canonical text, as in kpi_target.
create table adopted_plan (
    funnel_id   bigint        not null references funnel (id) on delete cascade,
    period      varchar(7)    not null,
    goal_metric varchar(140)  not null,
    goal_value  numeric       not null check (goal_value > 0),
    deals       bigint        not null check (deals > 0),
    adopted_by  varchar(200)  not null,
    adopted_at  timestamptz   not null,
    primary key (funnel_id, period)
);

create index adopted_plan_period_idx on adopted_plan (period);

-- The stages of an adopted plan in funnel order (position 0 first), down to the won stage. rate_to_next is in
-- percent points and empty for the won stage; rate_source says "given" or "history 2026-06…2026-11".
create table adopted_plan_stage (
    funnel_id    bigint        not null,
    period       varchar(7)    not null,
    position     int           not null check (position >= 0),
    stage_key    varchar(64)   not null,
    team_id      bigint        not null references team (id),
    required     bigint        not null check (required > 0),
    rate_to_next numeric       check (rate_to_next is null or (rate_to_next > 0 and rate_to_next <= 100)),
    rate_source  varchar(60),
    primary key (funnel_id, period, position),
    unique (funnel_id, period, stage_key),
    foreign key (funnel_id, period) references adopted_plan (funnel_id, period) on delete cascade
);
