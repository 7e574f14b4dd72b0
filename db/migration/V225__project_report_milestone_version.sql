-- A milestone's recorded progress carries a version, so that two people recording the same report's milestones do not
-- overwrite each other unseen: the form posts the version each line had, and a line changed meanwhile is refused.
alter table annual_report_milestone add column version bigint not null default 0;
