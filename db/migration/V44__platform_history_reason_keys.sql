-- A history line's reason is either what a user typed (reason) or a reason the portal gives, kept as a message key
-- with its arguments so that each reader sees it in their own language (shared.HistoryReason).
alter table supervision_state_change add column reason_key varchar(120);
alter table supervision_state_change add column reason_arguments varchar(1000);
alter table voc_group_change add column reason_key varchar(120);
alter table voc_group_change add column reason_arguments varchar(1000);
alter table account_change add column reason_key varchar(120);
alter table account_change add column reason_arguments varchar(1000);
alter table annual_report_change add column reason_key varchar(120);
alter table annual_report_change add column reason_arguments varchar(1000);
alter table flagship_check_change add column reason_key varchar(120);
alter table flagship_check_change add column reason_arguments varchar(1000);
alter table project_indicator_change add column reason_key varchar(120);
alter table project_indicator_change add column reason_arguments varchar(1000);
alter table project_state_change add column reason_key varchar(120);
alter table project_state_change add column reason_arguments varchar(1000);
alter table think_tank_change add column reason_key varchar(120);
alter table think_tank_change add column reason_arguments varchar(1000);
alter table inheritor_change add column reason_key varchar(120);
alter table inheritor_change add column reason_arguments varchar(1000);
alter table organization_change add column reason_key varchar(120);
alter table organization_change add column reason_arguments varchar(1000);
alter table selection_state_change add column reason_key varchar(120);
alter table selection_state_change add column reason_arguments varchar(1000);
