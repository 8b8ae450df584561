-- A Salesforce mapping may choose its funnel's rows by a column of the report and the value they hold there
-- (issue 17): both set, or neither.

alter table crm_mapping
    add column filter_column varchar(200),
    add column filter_value  varchar(200),
    add constraint crm_mapping_filter_whole check ((filter_column is null) = (filter_value is null));
