-- Metrics an organisation defines itself. The formula is stored as typed and parsed again whenever the catalog is
-- assembled, so the stored text is the one truth about what the metric computes.

create table custom_metric (
    key            varchar(64)   primary key check (key ~ '^[a-z][a-z0-9_]{0,63}$'),
    name_en        varchar(80)   not null,
    name_zh        varchar(80)   not null,
    description_en varchar(500)  not null,
    description_zh varchar(500)  not null,
    unit           varchar(20)   not null check (unit in ('CURRENCY', 'PERCENT', 'RATIO', 'COUNT', 'DAYS', 'MONTHS', 'YEARS', 'SCORE')),
    direction      varchar(20)   not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    category       varchar(20)   not null check (category in ('ACQUISITION', 'REVENUE', 'RETENTION', 'EFFICIENCY', 'EXPERIENCE')),
    formula        varchar(2000) not null,
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now()
);

create index custom_metric_created_idx on custom_metric (created_at, key);
