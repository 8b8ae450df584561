-- Proposals between teams: one team asks another to hold a target. base_target/base_version record the receiving
-- team's target on the same slot as it stood when the proposal was made, so an accept can tell it changed since.

create table proposal (
    id            uuid primary key,
    from_team_id  bigint references team (id),
    to_team_id    bigint        not null references team (id),
    metric        varchar(140)  not null,
    scope_from    varchar(64),
    scope_to      varchar(64),
    period        varchar(7)    not null,
    comparison    varchar(10)   not null check (comparison in ('AT_LEAST', 'AT_MOST', 'BETWEEN')),
    min_value     numeric,
    max_value     numeric,
    note          varchar(1000),
    base_target   uuid,
    base_version  bigint,
    proposed_by   varchar(200)  not null,
    proposed_at   timestamptz   not null,
    status        varchar(12)   not null
        check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'SUPERSEDED')),
    decided_by    varchar(200),
    decided_at    timestamptz,
    decision_note varchar(1000),
    version       bigint        not null default 0,
    check ((scope_from is null) = (scope_to is null)),
    check ((base_target is null) = (base_version is null)),
    check ((status = 'OPEN') = (decided_at is null)),
    check (from_team_id is null or from_team_id <> to_team_id)
);

create index proposal_to_team_idx on proposal (to_team_id, status);
create index proposal_from_team_idx on proposal (from_team_id, status);
create index proposal_period_idx on proposal (period);
