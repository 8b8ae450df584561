-- Once per person per week, on any number of instances: a digest is kept in the outbox only in the transaction that
-- inserts its (person_id, week) row here, so a second run of the same week, on this instance or another, finds the row
-- taken and writes nothing. week is the ISO week in BATON_TIMEZONE ('2026-W49'); the score is the alignment score
-- the digest reported for its period, for next week's "change since last week".

create table digest_sent (
    person_id  bigint      not null references person (id) on delete cascade,
    week       varchar(8)  not null check (week ~ '^[0-9]{4}-W[0-9]{2}$'),
    period     varchar(7)  not null,
    score      integer     not null,
    written_at timestamptz not null default now(),
    primary key (person_id, week)
);

create index digest_sent_week_idx on digest_sent (week, period);

-- The week's one chat post of the digest's headline to the company webhook.
create table digest_headline_post (
    week       varchar(8)  primary key,
    written_at timestamptz not null default now()
);

-- The violations already alerted, by their stable key (period, code, and a hash of the teams and the phrase's
-- arguments). A row is written in the transaction of the alert's outbox entries; it goes when the violation does, so
-- a violation that comes back is alerted again.
create table alert_sent (
    finding_key varchar(200) primary key,
    alerted_at  timestamptz  not null default now()
);
