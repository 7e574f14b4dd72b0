-- Designated projects as subjects of an inspection (the spec's "optionally … projects"): province staff choose, per
-- task, the designated projects of its city the team inspects; a finding may be addressed to one of them, and then
-- the project's school answers it (finding.organization_id is the project's organisation, project_id says which).
create table inspection_task_project (
    task_id    bigint not null references inspection_task (id),
    project_id bigint not null references designated_project (id),
    primary key (task_id, project_id)
);
create index inspection_task_project_project_idx on inspection_task_project (project_id);

alter table finding add column project_id bigint references designated_project (id);
create index finding_project_idx on finding (project_id);
