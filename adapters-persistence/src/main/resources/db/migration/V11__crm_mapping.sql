-- How each funnel maps onto the CRMs its deals come from (issue 17): one row per funnel and CRM, and its stage table,
-- CRM stage label -> funnel stage key, or none (null) for a stage such as Closed Lost that is no funnel stage.
-- The stage key is not a foreign key: a funnel's stages are rewritten on every edit; the service checks keys on write.

create table crm_mapping (
    funnel_id                 bigint      not null references funnel (id) on delete cascade,
    source                    varchar(16) not null check (source in ('hubspot', 'salesforce')),
    pipeline                  varchar(200),
    date_format               varchar(16) not null check (date_format in ('ISO', 'MM/DD/YYYY', 'DD/MM/YYYY')),
    currency                  char(3),
    new_customer_per_won_deal boolean     not null default false,
    primary key (funnel_id, source)
);

create table crm_mapping_stage (
    funnel_id bigint       not null,
    source    varchar(16)  not null,
    position  integer      not null,
    crm_label varchar(200) not null,
    stage_key varchar(64),
    primary key (funnel_id, source, position),
    foreign key (funnel_id, source) references crm_mapping (funnel_id, source) on delete cascade
);
