-- The measure ledger: one value per period, funnel and measure, the latest recording winning (writes are upserts).
-- period is the canonical text of a Period (2026-09, 2026-Q3, 2026). funnel is a plain text label, '' for
-- organisation-wide measures; funnels with ids of their own are added separately, and until measures are tied to them
-- this column only keeps one funnel's numbers apart from another's.

create table measure_value (
    period      varchar(7)     not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$'),
    funnel      varchar(64)    not null default '',
    measure     varchar(130)   not null,
    value       numeric(38, 10) not null check (value >= 0),
    recorded_at timestamptz    not null,
    recorded_by varchar(100)   not null,
    primary key (period, funnel, measure)
);
