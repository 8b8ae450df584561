-- Teams, people and the audit trail: the walking skeleton's schema.
-- Ids come from sequences so the domain can name a new object before it is stored.

create sequence person_id_seq;

create table person (
    id         bigint primary key,
    name       varchar(80)  not null,
    email      varchar(254) not null,
    version    bigint       not null default 0,
    created_at timestamptz  not null default now()
);

-- Addresses are stored in lower case by the domain; the index makes uniqueness hold under concurrency too.
create unique index person_email_uk on person (email);
create index person_name_idx on person (lower(name));

create table person_role (
    person_id bigint      not null references person (id) on delete cascade,
    role      varchar(20) not null check (role in ('ADMIN', 'TEAM_LEAD', 'EXECUTIVE')),
    primary key (person_id, role)
);

create sequence team_id_seq;

create table team (
    id       bigint primary key,
    name     varchar(80) not null,
    kind     varchar(20) not null check (kind in ('MARKETING', 'SALES', 'PRODUCT', 'CUSTOMER_SUCCESS', 'FINANCE', 'OTHER')),
    owner_id bigint      not null references person (id),
    archived boolean     not null default false,
    version  bigint      not null default 0
);

-- Names are unique among active teams, ignoring case; an archived team frees its name.
create unique index team_active_name_uk on team (lower(name)) where not archived;
create index team_kind_idx on team (kind);

create table team_member (
    team_id   bigint not null references team (id) on delete cascade,
    person_id bigint not null references person (id),
    primary key (team_id, person_id)
);

create table audit_entry (
    id           bigserial primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(120) not null,
    entity_type  varchar(40)  not null,
    entity_id    varchar(80)  not null,
    action       varchar(40)  not null,
    before_state jsonb        not null,
    after_state  jsonb        not null,
    team_id      bigint
);

create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_team_idx on audit_entry (team_id);
create index audit_entry_time_idx on audit_entry (occurred_at desc);

-- The trail is append-only: the database refuses to rewrite history even if the application tried.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are never updated or deleted';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
