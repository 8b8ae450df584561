-- The outbox: every message Baton composes, written in the transaction of the change that caused it and delivered
-- afterwards by whichever instance claims it. KEPT waits (for ever when no mail server is configured), SENT went out,
-- FAILED went wrong last time and is tried again at next_attempt_at with the reason in last_error.

create table outbox_message (
    id              bigserial    primary key,
    channel         varchar(10)  not null check (channel in ('MAIL', 'CHAT')),
    address         varchar(2000) not null,
    subject         varchar(500) not null,
    body_text       text         not null,
    body_html       text,
    kind            varchar(40)  not null,
    status          varchar(10)  not null default 'KEPT' check (status in ('KEPT', 'SENT', 'FAILED')),
    attempts        integer      not null default 0,
    created_at      timestamptz  not null default now(),
    next_attempt_at timestamptz  not null default now(),
    claimed_until   timestamptz,
    last_error      varchar(2000),
    sent_at         timestamptz
);

create index outbox_message_due_idx on outbox_message (next_attempt_at) where status <> 'SENT';
create index outbox_message_created_idx on outbox_message (created_at desc, id desc);
