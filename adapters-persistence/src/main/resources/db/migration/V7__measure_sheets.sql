-- A sheet is the measures of one period, organisation-wide or in one funnel: what the form shows and saves as one.
-- Its version guards concurrent recording (a stale form or If-Match gets 409) the way a team's version guards its
-- edits. Values stay in measure_value; this table holds only the version, moved on by every write to the sheet.

create table measure_sheet (
    period  varchar(7)  not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$'),
    funnel  varchar(64) not null default '',
    version bigint      not null check (version > 0),
    primary key (period, funnel)
);

-- Sheets recorded before versions existed start at 1, so a client that read them before the upgrade must reload.
insert into measure_sheet (period, funnel, version)
select distinct period, funnel, 1 from measure_value;
