-- DEMO DATA (demo profile only): the 2025 results' bulletin (通报), issued three days ago. Its lines are computed here
-- from the demo tasks and findings as the portal copies them when staff issue a bulletin: cities by total (highest
-- first), their open (not closed), overdue and closed items, and the overdue items by city, then deadline.
insert into supervision_bulletin (plan_id, plan_year, topic, document_number, issued_on, preface, published_by, published_at)
select id, plan_year, topic, '湘教督通〔2026〕1号（演示）', current_date - 3,
       '为推动“双师型”教师队伍建设各项任务落实，省教育厅于 2025 年 11 月对 14 个市州开展了年度督导。现将督导结果及问题整改情况通报如下。
请各市州对照问题清单，逾期未整改的问题须于 30 日内完成整改并报送整改报告。',
       'admin', current_timestamp - interval '3' day
from supervision_plan where plan_year = 2025;

insert into supervision_bulletin_city (bulletin_id, position, city_code, subject_name, total_score, grade, open_items, overdue_items, closed_items)
select b.id,
       row_number() over (order by t.total_score desc nulls last, t.city_code, t.id) - 1,
       t.city_code, coalesce(o.name, d.name), t.total_score, t.grade,
       (select count(*) from finding f where f.task_id = t.id and f.status <> 'CLOSED'),
       (select count(*) from finding f where f.task_id = t.id and f.status <> 'CLOSED' and f.overdue = true),
       (select count(*) from finding f where f.task_id = t.id and f.status = 'CLOSED')
from supervision_bulletin b
join inspection_task t on t.plan_id = b.plan_id
join division d on d.code = t.city_code
left join organization o on o.id = t.organization_id
where b.plan_year = 2025;

insert into supervision_bulletin_overdue (bulletin_id, position, finding_id, city_name, responsible, category, severity, deadline)
select b.id,
       row_number() over (order by f.city_code, f.deadline, f.id) - 1,
       f.id, d.name, coalesce(o.name, d.name), f.category, f.severity, f.deadline
from supervision_bulletin b
join inspection_task t on t.plan_id = b.plan_id
join finding f on f.task_id = t.id
join division d on d.code = f.city_code
left join organization o on o.id = f.organization_id
where b.plan_year = 2025 and f.overdue = true and f.status <> 'CLOSED';

insert into supervision_state_change (subject_type, subject_id, from_status, to_status, actor, reason, reason_key, reason_arguments, changed_at)
select 'PLAN', id, 'PUBLISHED', 'PUBLISHED', 'admin', null, 'supervision.history.bulletin', '湘教督通〔2026〕1号（演示）', current_timestamp - interval '3' day
from supervision_plan where plan_year = 2025;
