-- Failed sign-ins are counted per (username, client address) for the lockout of a name, so a flood from one address
-- cannot lock a person out from everywhere else; and per client address alone, for the limit that holds one address
-- back before any password is checked. Counts last a short while only: the running ones are dropped here.

delete from login_attempt;
alter table login_attempt add column client varchar(64) not null;
alter table login_attempt drop constraint login_attempt_pkey;
alter table login_attempt add primary key (username, client);
create index login_attempt_last_failure_idx on login_attempt (last_failure_at);

create table sign_in_client (
    client            varchar(64) primary key,
    failures          integer     not null,
    window_started_at timestamptz not null,
    last_failure_at   timestamptz not null,
    blocked_until     timestamptz
);
create index sign_in_client_last_failure_idx on sign_in_client (last_failure_at);
