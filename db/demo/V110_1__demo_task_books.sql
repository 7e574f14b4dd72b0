-- DEMO DATA (demo profile only): task books (建设任务书) in each state. 湖南工业职业技术学院's vocational-education
-- group: version 1 approved, with its 2024 annual report filed against it (targets from the task book); 湖南铁道职业技术
-- 学院's higher-vocational school: returned with comments; 新化县楚怡工业学校's culture base: the school's draft;
-- 汨罗市职业中专学校's secondary school: version 1 approved, a change request (construction period extension)
-- approved, and version 2 approved over 2022-2025. Figures are invented.
insert into task_book (project_id, version_no, status, start_year, end_year, submitted_at, reviewed_by, reviewed_at)
select p.id, 1, 'APPROVED', 2022, 2024, current_timestamp - interval '1000' day, 'admin', current_timestamp - interval '990' day
from designated_project p join organization o on o.id = p.organization_id
where o.name = '湖南工业职业技术学院' and p.program_code = 'VOC_GROUP';
insert into task_book (project_id, version_no, status, start_year, end_year, review_comment, submitted_at, reviewed_by, reviewed_at)
select p.id, 1, 'RETURNED', 2022, 2024, '（演示）请按年度细化在校生规模目标，并补充行业企业投入。',
       current_timestamp - interval '40' day, 'admin', current_timestamp - interval '35' day
from designated_project p join organization o on o.id = p.organization_id
where o.name = '湖南铁道职业技术学院' and p.program_code = 'HIGHER_VOC_SCHOOL';
insert into task_book (project_id, version_no, status, start_year, end_year)
select p.id, 1, 'DRAFT', 2022, 2024
from designated_project p join organization o on o.id = p.organization_id
where o.name = '新化县楚怡工业学校' and p.program_code = 'CULTURE_BASE';
insert into task_book (project_id, version_no, status, start_year, end_year, submitted_at, reviewed_by, reviewed_at)
select p.id, 1, 'APPROVED', 2022, 2024, current_timestamp - interval '1000' day, 'admin', current_timestamp - interval '980' day
from designated_project p join organization o on o.id = p.organization_id
where o.name = '汨罗市职业中专学校' and p.program_code = 'SECONDARY_SCHOOL';
insert into project_change_request (project_id, task_book_id, kind, reason, status, requested_by, requested_at,
                                    decision_comment, decided_by, decided_at)
select b.project_id, b.id, 'PERIOD_EXTENSION', '（演示）新校区实训楼受汛期影响延期竣工，申请建设期延长一年至 2025 年。', 'APPROVED',
       'mlzz', current_timestamp - interval '200' day, '同意延长一年。', 'admin', current_timestamp - interval '190' day
from task_book b join designated_project p on p.id = b.project_id join organization o on o.id = p.organization_id
where o.name = '汨罗市职业中专学校' and p.program_code = 'SECONDARY_SCHOOL' and b.version_no = 1;
insert into task_book (project_id, version_no, status, start_year, end_year, submitted_at, reviewed_by, reviewed_at, change_request_id)
select r.project_id, 2, 'APPROVED', 2022, 2025, current_timestamp - interval '180' day, 'admin', current_timestamp - interval '170' day, r.id
from project_change_request r where r.reason like '（演示）新校区实训楼%';

-- targets for every year of each version, milestones and budget
insert into task_book_target (task_book_id, indicator_id, target_year, target_value)
select b.id, i.id, y.y, 20 + i.sort_order * 10 + (y.y - 2022) * 5
from task_book b
join designated_project p on p.id = b.project_id
join project_indicator i on i.program_code = p.program_code and i.active
cross join (select 2022 as y union all select 2023 union all select 2024 union all select 2025) y
where y.y between b.start_year and b.end_year;
insert into task_book_milestone (task_book_id, sort_order, title, due_date)
select b.id, 0, '（演示）完成建设方案论证与校企合作协议签订', date '2022-12-31' from task_book b;
insert into task_book_milestone (task_book_id, sort_order, title, due_date)
select b.id, 1, '（演示）主体建设内容完成，迎接中期评估', date '2023-12-31' from task_book b;
insert into task_book_budget (task_book_id, budget_year, source, amount)
select b.id, y.y, s.source, s.amount
from task_book b
cross join (select 2022 as y union all select 2023 union all select 2024 union all select 2025) y
cross join (select 'PROVINCIAL' as source, 300 as amount union all select 'CITY', 120 union all select 'INDUSTRY', 60
            union all select 'SCHOOL', 80) s
where y.y between b.start_year and b.end_year;

-- the 2024 annual report of the group, filed against its approved task book
insert into annual_report (project_id, report_year, status, narrative, submitted_at)
select b.project_id, 2024, 'SUBMITTED', '（演示·任务书）集团新增成员单位 6 家，联合培养项目按任务书推进，集团活动超额完成。',
       current_timestamp - interval '15' day
from task_book b join designated_project p on p.id = b.project_id join organization o on o.id = p.organization_id
where o.name = '湖南工业职业技术学院' and p.program_code = 'VOC_GROUP' and b.status = 'APPROVED';
insert into annual_report_value (report_id, indicator_id, target_value, actual_value)
select r.id, t.indicator_id, t.target_value, t.target_value - 10 + i.sort_order * 5
from annual_report r
join task_book b on b.project_id = r.project_id and b.status = 'APPROVED'
join task_book_target t on t.task_book_id = b.id and t.target_year = r.report_year
join project_indicator i on i.id = t.indicator_id
where r.narrative like '（演示·任务书）%';
insert into annual_report_change (report_id, from_status, to_status, actor, changed_at)
select id, 'DRAFT', 'SUBMITTED', 'hngy', submitted_at from annual_report where narrative like '（演示·任务书）%';

-- each step in the project's history
insert into project_state_change (project_id, from_status, to_status, actor, reason_key, reason_arguments, changed_at)
select b.project_id, p.status, p.status, 'admin', 'taskbook.history.approved', cast(b.version_no as varchar(10)), b.reviewed_at
from task_book b join designated_project p on p.id = b.project_id where b.status = 'APPROVED';
-- (lines with two arguments keep the demo's words as typed reasons)
insert into project_state_change (project_id, from_status, to_status, actor, reason, changed_at)
select b.project_id, p.status, p.status, 'admin', '退回建设任务书第 1 版：' || b.review_comment, b.reviewed_at
from task_book b join designated_project p on p.id = b.project_id where b.status = 'RETURNED';
insert into project_state_change (project_id, from_status, to_status, actor, reason_key, reason_arguments, changed_at)
select r.project_id, p.status, p.status, r.requested_by, 'taskbook.history.changeRequested.PERIOD_EXTENSION',
       cast(r.id as varchar(20)), r.requested_at
from project_change_request r join designated_project p on p.id = r.project_id;
insert into project_state_change (project_id, from_status, to_status, actor, reason, changed_at)
select r.project_id, p.status, p.status, r.decided_by, '批准项目变更申请（建设期延长），开启任务书第 2 版', r.decided_at
from project_change_request r join designated_project p on p.id = r.project_id where r.status = 'APPROVED';
