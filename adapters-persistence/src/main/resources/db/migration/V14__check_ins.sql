-- Check-ins on targets. An edit never overwrites: each wording is a row of check_in_text, the first the original.

create table check_in (
    id          uuid primary key,
    target_id   uuid        not null references kpi_target (id) on delete cascade,
    recorded_at timestamptz not null,
    version     bigint      not null default 0
);

create index check_in_target_idx on check_in (target_id, recorded_at);

create table check_in_text (
    check_in_id uuid          not null references check_in (id) on delete cascade,
    position    integer       not null,
    note        varchar(2000) not null,
    confidence  varchar(10)   not null check (confidence in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    forecast    numeric,
    written_by  varchar(200)  not null,
    written_at  timestamptz   not null,
    primary key (check_in_id, position)
);
