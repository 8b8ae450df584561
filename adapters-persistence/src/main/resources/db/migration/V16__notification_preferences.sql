-- What each person wants of notifications: the language Baton words their mail and pages in, and whether the
-- weekly digest comes at all. And the chat webhooks an admin sets: one for the company (team_id null), one per team.

-- A language never chosen is null: the pages follow the browser, and mail is worded in English.
alter table person add column language varchar(10) check (language in ('en', 'zh-CN'));
alter table person add column digest_wanted boolean not null default true;

create table chat_webhook (
    id      bigserial     primary key,
    team_id bigint        references team (id) on delete cascade,
    url     varchar(2000) not null,
    version bigint        not null default 0
);

-- One company webhook, and one per team.
create unique index chat_webhook_company_idx on chat_webhook ((team_id is null)) where team_id is null;
create unique index chat_webhook_team_idx on chat_webhook (team_id) where team_id is not null;
