-- The department that runs each programme (牵头部门): the education department, and the human-resources and
-- social-security department (人社厅) for the technician programmes, which run the technician schools.
-- Kept in its own migration: the same column may arrive from the publicity work (notice wording); if both land,
-- keep one file.
alter table program add column lead_department varchar(64);
update program set lead_department = '湖南省教育厅';
update program set lead_department = '湖南省人力资源和社会保障厅' where code in ('TECHNICIAN_SCHOOL', 'TECHNICIAN_SPECIALTY');
alter table program alter column lead_department set not null;
