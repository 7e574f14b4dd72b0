-- DEMO DATA (demo profile only): annual reports of the demo culture base of 湖南工业职业技术学院 — 2023
-- accepted, 2024 submitted and waiting for the department's review.
insert into annual_report (project_id, report_year, status, narrative, submitted_at, reviewed_by, reviewed_at)
select p.id, 2023, 'ACCEPTED', '（演示）楚怡职业教育文化馆全年接待参观 8600 人次，举办专题展览 4 个。',
       current_timestamp - interval '300' day, 'admin', current_timestamp - interval '290' day
from designated_project p join organization o on o.id = p.organization_id
where o.name = '湖南工业职业技术学院' and p.program_code = 'CULTURE_BASE';
insert into annual_report (project_id, report_year, status, narrative, submitted_at)
select p.id, 2024, 'SUBMITTED', '（演示）全年接待参观 9100 人次，开展文化育人活动 26 次。', current_timestamp - interval '20' day
from designated_project p join organization o on o.id = p.organization_id
where o.name = '湖南工业职业技术学院' and p.program_code = 'CULTURE_BASE';
insert into annual_report_value (report_id, indicator_id, target_value, actual_value)
select r.id, i.id, 8000 + i.sort_order, 8500 + i.sort_order * 10
from annual_report r join project_indicator i on i.program_code = 'CULTURE_BASE'
where r.narrative like '（演示）%';
insert into annual_report_change (report_id, from_status, to_status, actor, changed_at)
select id, 'DRAFT', 'SUBMITTED', 'hngy', submitted_at from annual_report where narrative like '（演示）%';
insert into annual_report_change (report_id, from_status, to_status, actor, changed_at)
select id, 'SUBMITTED', 'ACCEPTED', 'admin', reviewed_at from annual_report where narrative like '（演示）%' and status = 'ACCEPTED';
