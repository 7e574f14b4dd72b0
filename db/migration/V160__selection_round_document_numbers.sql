-- 文号 of a round's official documents, set by province staff: the 公示 notice and the 立项 (designation) list.
alter table selection_round add column notice_number varchar(40);
alter table selection_round add column designation_number varchar(40);
