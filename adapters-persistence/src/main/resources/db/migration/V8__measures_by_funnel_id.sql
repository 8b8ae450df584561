-- Measures are tied to funnels by id: renaming a funnel keeps its measures. Until now measure_value.funnel (and
-- measure_sheet.funnel) held a free text label, '' for organisation-wide. Each label that names a funnel moves to it:
-- the label is the funnel's id ('3'), the id in the form the old documentation suggested ('funnel:3'), or the exact
-- name of exactly one funnel ('Product A'); an id wins over a name. Rows under any other label are kept, unchanged and
-- counted in no actual, in measure_value_unmatched; the application reports them in a warning at every start until
-- they are dealt with (see docs/measures.md). funnel_id 0 is organisation-wide. It has no foreign key, since 0 names
-- no funnel; the application refuses an unknown funnel, and funnels are never deleted.

create temporary table measure_label_match on commit drop as
select l.label,
       coalesce(
           (select f.id from funnel f
             where l.label ~ '^(funnel:)?[0-9]{1,18}$'
               and f.id = regexp_replace(l.label, '^funnel:', '')::bigint),
           (select min(f.id) from funnel f where f.name = l.label having count(*) = 1)) as funnel_id
from (select funnel as label from measure_value where funnel <> ''
      union
      select funnel from measure_sheet where funnel <> '') l;

create table measure_value_unmatched (
    period      varchar(7)      not null,
    label       varchar(64)     not null,
    measure     varchar(130)    not null,
    value       numeric(38, 10) not null,
    recorded_at timestamptz     not null,
    recorded_by varchar(100)    not null,
    primary key (period, label, measure)
);

alter table measure_value add column funnel_id bigint;
update measure_value v set funnel_id = 0 where v.funnel = '';
update measure_value v set funnel_id = m.funnel_id from measure_label_match m where v.funnel = m.label;

-- Two labels naming the same funnel ('3' and 'Product A') may both hold a slot: the latest recording moves, the other
-- is kept with the unmatched rows under its label.
update measure_value v set funnel_id = null
where v.funnel_id is not null and v.funnel <> '' and exists (
    select 1 from measure_value w
     where w.funnel_id = v.funnel_id and w.period = v.period and w.measure = v.measure and w.funnel <> v.funnel
       and (w.recorded_at > v.recorded_at or (w.recorded_at = v.recorded_at and w.funnel < v.funnel)));

insert into measure_value_unmatched (period, label, measure, value, recorded_at, recorded_by)
select period, funnel, measure, value, recorded_at, recorded_by from measure_value where funnel_id is null;
delete from measure_value where funnel_id is null;

alter table measure_value drop constraint measure_value_pkey;
alter table measure_value drop column funnel;
alter table measure_value alter column funnel_id set not null;
alter table measure_value alter column funnel_id set default 0;
alter table measure_value add constraint measure_value_funnel_id_check check (funnel_id >= 0);
alter table measure_value add primary key (period, funnel_id, measure);

-- Sheets follow their values; a sheet under an unmatched label goes (its rows are no longer recorded anywhere), and
-- two labels merging into one funnel keep the higher version, so every copy read before stays stale.
alter table measure_sheet add column funnel_id bigint;
update measure_sheet s set funnel_id = 0 where s.funnel = '';
update measure_sheet s set funnel_id = m.funnel_id from measure_label_match m where s.funnel = m.label;
delete from measure_sheet s
where s.funnel_id is null or exists (
    select 1 from measure_sheet t
     where t.funnel_id = s.funnel_id and t.period = s.period and t.funnel <> s.funnel
       and (t.version > s.version or (t.version = s.version and t.funnel < s.funnel)));
alter table measure_sheet drop constraint measure_sheet_pkey;
alter table measure_sheet drop column funnel;
alter table measure_sheet alter column funnel_id set not null;
alter table measure_sheet alter column funnel_id set default 0;
alter table measure_sheet add constraint measure_sheet_funnel_id_check check (funnel_id >= 0);
alter table measure_sheet add primary key (period, funnel_id);
