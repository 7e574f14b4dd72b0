-- DEMO DATA (demo profile only): the 2025 year's procedure. 长沙 and 娄底 filed self-evaluations, heard a preliminary
-- opinion, replied (长沙) or let the date pass (娄底) and received an issued 督导意见书 whose deadlines are their
-- findings' deadlines; 株洲's opinion waits for its reply, 湘潭's to be issued. 娄底 has a draft for 2026.
insert into supervision_self_evaluation (task_id, status, narrative, updated_by, updated_at, submitted_at)
select t.id, 'SUBMITTED', '（演示）本市“双师型”教师队伍建设自评报告：认定细则起草中，企业实践制度已建立，兼职教师比例仍偏低。',
       'changsha', current_timestamp - interval '345' day, current_timestamp - interval '345' day
from inspection_task t join supervision_plan p on p.id = t.plan_id where p.plan_year = 2025 and t.city_code = '430100';
insert into supervision_self_evaluation (task_id, status, narrative, updated_by, updated_at, submitted_at)
select t.id, 'SUBMITTED', '（演示）娄底市自评报告：双师型教师比例提升较快，市级培训经费保障不足。',
       'loudi', current_timestamp - interval '344' day, current_timestamp - interval '344' day
from inspection_task t join supervision_plan p on p.id = t.plan_id where p.plan_year = 2025 and t.city_code = '431300';
insert into supervision_self_evaluation (task_id, status, narrative, updated_by, updated_at)
select t.id, 'DRAFT', '（演示）2026 年自评报告草稿。', 'loudi', current_timestamp - interval '2' day
from inspection_task t join supervision_plan p on p.id = t.plan_id where p.plan_year = 2026 and t.city_code = '431300';

insert into supervision_opinion (task_id, status, preliminary, reply_by, recorded_by, recorded_at, reply, replied_by, replied_at,
        finalised_by, finalised_at, document_number, document_year, evaluation, grade, total_score, issued_by, issued_on, issued_at)
select t.id, 'ISSUED', '（演示）队伍建设推进有序；兼职教师比例偏低，企业实践台账不全，认定标准未细化。', date '2025-12-05',
       'inspector1', timestamp '2025-11-28 10:00:00', '（演示）认定细则已报市政府审定，请予考虑。', 'changsha', timestamp '2025-12-03 09:30:00',
       'inspector1', timestamp '2025-12-08 16:00:00', '湘教督〔2025〕31号', 2025,
       '（演示）长沙市“双师型”教师队伍建设总体推进有序，企业实践制度基本建立，但兼职教师比例偏低、实践台账不全、认定标准尚未细化。',
       t.grade, t.total_score, 'admin', date '2025-12-15', timestamp '2025-12-15 10:00:00'
from inspection_task t join supervision_plan p on p.id = t.plan_id where p.plan_year = 2025 and t.city_code = '430100';
insert into supervision_opinion (task_id, status, preliminary, reply_by, recorded_by, recorded_at,
        finalised_by, finalised_at, document_number, document_year, evaluation, grade, total_score, issued_by, issued_on, issued_at)
select t.id, 'ISSUED', '（演示）双师型教师比例不足，市级培训经费未落实。', date '2025-12-05', 'inspector1', timestamp '2025-11-28 11:00:00',
       'inspector1', timestamp '2025-12-08 16:30:00', '湘教督〔2025〕32号', 2025,
       '（演示）娄底市“双师型”教师比例提升较快，但仍低于 50% 的目标，市级教师培训经费未按预算拨付。',
       t.grade, t.total_score, 'admin', date '2025-12-15', timestamp '2025-12-15 10:30:00'
from inspection_task t join supervision_plan p on p.id = t.plan_id where p.plan_year = 2025 and t.city_code = '431300';
insert into supervision_opinion (task_id, status, preliminary, reply_by, recorded_by, recorded_at)
select t.id, 'PRELIMINARY', '（演示）兼职教师比例偏低，请说明原因。', current_date + 5, 'inspector2', current_timestamp - interval '2' day
from inspection_task t join supervision_plan p on p.id = t.plan_id where p.plan_year = 2025 and t.city_code = '430200';
insert into supervision_opinion (task_id, status, preliminary, reply_by, recorded_by, recorded_at, finalised_by, finalised_at)
select t.id, 'FINAL', '（演示）队伍建设成效明显，企业实践制度落实有待加强。', current_date - 3, 'inspector1', current_timestamp - interval '12' day,
       'inspector1', current_timestamp - interval '1' day
from inspection_task t join supervision_plan p on p.id = t.plan_id where p.plan_year = 2025 and t.city_code = '430300';

-- the 意见书's problems with the deadlines it set: the findings' own deadlines (extensions may move those later)
insert into supervision_opinion_item (opinion_id, finding_id, sort_order, deadline)
select o.id, f.id, (select count(*) from finding g where g.task_id = f.task_id and g.id <= f.id), f.deadline
from supervision_opinion o join finding f on f.task_id = o.task_id where o.status = 'ISSUED';

insert into supervision_state_change (subject_type, subject_id, from_status, to_status, actor, reason_key, reason_arguments, changed_at)
select 'TASK', o.task_id, 'REPORTED', 'REPORTED', 'admin', 'supervision.history.opinionIssued', o.document_number, o.issued_at
from supervision_opinion o where o.status = 'ISSUED';
insert into supervision_state_change (subject_type, subject_id, from_status, to_status, actor, reason_key, reason_arguments, changed_at)
select 'TASK', e.task_id, 'PLANNED', 'PLANNED', e.updated_by, 'supervision.history.selfEvaluated', null, e.submitted_at
from supervision_self_evaluation e where e.status = 'SUBMITTED';
