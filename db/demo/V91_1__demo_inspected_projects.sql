-- DEMO DATA (demo profile only): last year's inspection of 娄底市 also inspected two designated projects of the city,
-- so its task page lists them (and a finding of a running plan's task could be addressed to one of them).
insert into inspection_task_project (task_id, project_id)
select t.id, p.id
from inspection_task t
join supervision_plan pl on pl.id = t.plan_id
join designated_project p on p.title in ('楚怡文化传承基地', '涟源市楚怡中职学校改扩建')
where pl.plan_year = 2025 and t.city_code = '431300' and t.organization_id is null;

insert into supervision_state_change (subject_type, subject_id, from_status, to_status, actor, reason, reason_key, reason_arguments, changed_at)
select 'TASK', t.id, 'PLANNED', 'PLANNED', 'admin', null, 'supervision.history.projects', '楚怡文化传承基地、涟源市楚怡中职学校改扩建',
       current_timestamp - interval '385' day
from inspection_task t join supervision_plan pl on pl.id = t.plan_id
where pl.plan_year = 2025 and t.city_code = '431300' and t.organization_id is null;
