-- Personal access tokens. Only the SHA-256 hash of a token's secret is kept (64 hex digits), never the secret:
-- whoever reads this table cannot sign in with what they read. A revoked token's row is deleted; the audit trail
-- keeps its history.

create sequence api_token_id_seq;

create table api_token (
    id           bigint       primary key,
    person_id    bigint       not null references person (id) on delete cascade,
    name         varchar(80)  not null,
    secret_hash  varchar(64)  not null check (secret_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    expires_at   timestamptz  not null
);

-- Every token sign-in is one lookup by this index.
create unique index api_token_secret_hash_uk on api_token (secret_hash);
create index api_token_person_idx on api_token (person_id);
