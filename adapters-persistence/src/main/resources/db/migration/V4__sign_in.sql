-- Sign-in: accounts with bcrypt hashes, and failed attempts per typed username (known or not).

create table user_account (
    username      varchar(80)  primary key,
    password_hash varchar(100) not null,
    person_id     bigint       not null unique references person (id),
    created_at    timestamptz  not null default now()
);

create table login_attempt (
    username        varchar(80) primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);
