-- DEMO DATA (demo profile only): the 2025 year's rectification after the opinion — an item accepted and signed off
-- (销号), one waiting for the sign-off, one extended (延期 approved) and one with a request pending, overdue items chased
-- by hand (催办) and escalated, and two re-checked (复查) items: one whose closure stood, one under re-check now.

-- the closed item of Xinhua's school: accepted by the team, then signed off by the province
update finding set closed_by = 'admin', closed_at = current_timestamp - interval '4' day, sign_off_note = '整改材料齐全，同意销号。'
 where category = '兼职教师聘用程序不规范';
update supervision_state_change set to_status = 'ACCEPTED', reason = '材料齐全，建议销号。'
 where subject_type = 'FINDING' and to_status = 'CLOSED' and subject_id = (select id from finding where category = '兼职教师聘用程序不规范');
insert into supervision_state_change (subject_type, subject_id, from_status, to_status, actor, reason, changed_at)
values ('FINDING', (select id from finding where category = '兼职教师聘用程序不规范'), 'ACCEPTED', 'CLOSED', 'admin', '整改材料齐全，同意销号。', current_timestamp - interval '4' day);

-- the school's sent-back item got a month more: requested, approved by the team lead
update finding set extended = true where category = '双师型教师比例不足';
insert into finding_extension (finding_id, reason, proposed_deadline, previous_deadline, status, requested_by, requested_at, decided_by, decided_at, decision_note)
values ((select id from finding where category = '双师型教师比例不足'), '省级双师型教师认定结果预计下月公布，需待结果公布后补充佐证材料。',
        current_date + 20, current_date - 10, 'APPROVED', 'xhcy', current_timestamp - interval '14' day, 'inspector1', current_timestamp - interval '12' day, '同意延期一个月。');
insert into supervision_state_change (subject_type, subject_id, from_status, to_status, actor, reason, changed_at)
values ('FINDING', (select id from finding where category = '双师型教师比例不足'), 'OPEN', 'OPEN', 'inspector1', '同意延期一个月。', current_timestamp - interval '12' day);

-- Changsha asks for more time on its own item (pending)
insert into finding_extension (finding_id, reason, proposed_deadline, previous_deadline, status, requested_by, requested_at)
values ((select id from finding where category = '企业兼职教师比例偏低'), '兼职教师招聘需经市人社局审批，预计延后 30 天。',
        current_date + 60, current_date + 30, 'PENDING', 'changsha', current_timestamp - interval '1' day);

-- the overdue items were chased by hand (the province and the team lead)
insert into reminder (kind, link, due_at, sent_by, message, sent_at)
select 'supervision.deadline.rectification', '/supervision/findings/' || f.id, current_timestamp - interval '20' day, u.id,
       '请于本周内报送教师企业实践台账及整改佐证材料。', current_timestamp - interval '6' day
  from finding f, app_user u where f.category = '教师企业实践台账不全' and u.username = 'admin';
insert into reminder (kind, link, due_at, sent_by, message, sent_at)
select 'supervision.deadline.rectification', '/supervision/findings/' || f.id, current_timestamp - interval '5' day, u.id,
       '培训经费拨付情况请尽快报送。', current_timestamp - interval '2' day
  from finding f, app_user u where f.category = '市级培训经费未落实' and u.username = 'inspector1';
insert into reminder_sent (reminder_id, user_id)
select r.id, u.id from reminder r, app_user u where r.message = '请于本周内报送教师企业实践台账及整改佐证材料。' and u.username = 'changsha';
insert into reminder_sent (reminder_id, user_id)
select r.id, u.id from reminder r, app_user u where r.message = '培训经费拨付情况请尽快报送。' and u.username = 'loudi';

-- accepted by the team, waiting for the province's sign-off
insert into finding (task_id, category, severity, description, city_code, organization_id, status, deadline, overdue, answer, answered_at, review_comment, created_by, created_at)
values ((select id from inspection_task where plan_id = (select id from supervision_plan where plan_year = 2025) and city_code = '430100'),
        '教师培训学分管理不规范', 'GENERAL', '部分学校未建立教师培训学分登记制度。', '430100', null, 'ACCEPTED', current_date - 3, false,
        '已印发教师培训学分管理办法并完成登记。', current_timestamp - interval '8' day, '材料齐全，建议销号。', 'inspector2', current_timestamp - interval '320' day);
insert into supervision_state_change (subject_type, subject_id, from_status, to_status, actor, reason, changed_at) values
 ('FINDING', (select id from finding where category = '教师培训学分管理不规范'), null, 'OPEN', 'inspector2', null, current_timestamp - interval '320' day),
 ('FINDING', (select id from finding where category = '教师培训学分管理不规范'), 'OPEN', 'ANSWERED', 'changsha', null, current_timestamp - interval '8' day),
 ('FINDING', (select id from finding where category = '教师培训学分管理不规范'), 'ANSWERED', 'ACCEPTED', 'inspector2', '材料齐全，建议销号。', current_timestamp - interval '3' day);

-- re-checked: signed off, put to re-check at a later visit, the closure stood
insert into finding (task_id, category, severity, description, city_code, organization_id, status, deadline, overdue, answer, answered_at, review_comment, rechecked, closed_by, closed_at, sign_off_note, created_by, created_at)
values ((select id from inspection_task where plan_id = (select id from supervision_plan where plan_year = 2025) and city_code = '431300'),
        '校企合作协议未备案', 'GENERAL', '部分校企合作协议未报市教育局备案。', '431300', null, 'CLOSED', current_date - 90, false,
        '已完成全部协议备案。', current_timestamp - interval '120' day, '同意。', true, 'admin', current_timestamp - interval '100' day, '备案材料齐全，同意销号。',
        'inspector1', current_timestamp - interval '320' day);
insert into supervision_state_change (subject_type, subject_id, from_status, to_status, actor, reason, reason_key, reason_arguments, changed_at) values
 ('FINDING', (select id from finding where category = '校企合作协议未备案'), null, 'OPEN', 'inspector1', null, null, null, current_timestamp - interval '320' day),
 ('FINDING', (select id from finding where category = '校企合作协议未备案'), 'OPEN', 'ANSWERED', 'loudi', null, null, null, current_timestamp - interval '120' day),
 ('FINDING', (select id from finding where category = '校企合作协议未备案'), 'ANSWERED', 'ACCEPTED', 'inspector1', '同意。', null, null, current_timestamp - interval '110' day),
 ('FINDING', (select id from finding where category = '校企合作协议未备案'), 'ACCEPTED', 'CLOSED', 'admin', '备案材料齐全，同意销号。', null, null, current_timestamp - interval '100' day),
 ('FINDING', (select id from finding where category = '校企合作协议未备案'), 'CLOSED', 'RECHECK', 'inspector1', null, 'supervision.history.putToRecheck', null, current_timestamp - interval '30' day),
 ('FINDING', (select id from finding where category = '校企合作协议未备案'), 'RECHECK', 'CLOSED', 'inspector1', null, 'supervision.history.recheckConfirmed', '抽查 5 份协议，均已备案。', current_timestamp - interval '20' day);

-- re-checked now: signed off, put to re-check at this year's visit
insert into finding (task_id, category, severity, description, city_code, organization_id, status, deadline, overdue, answer, answered_at, review_comment, rechecked, closed_by, closed_at, sign_off_note, created_by, created_at)
values ((select id from inspection_task where plan_id = (select id from supervision_plan where plan_year = 2025) and city_code = '430100'),
        '教师资格持证率偏低', 'SERIOUS', '专任教师持证率 91%，低于 95%。', '430100', null, 'RECHECK', current_date - 60, false,
        '已组织未持证教师参加资格考试。', current_timestamp - interval '90' day, '同意。', true, 'admin', current_timestamp - interval '70' day, '同意销号。',
        'inspector2', current_timestamp - interval '320' day);
insert into supervision_state_change (subject_type, subject_id, from_status, to_status, actor, reason, reason_key, reason_arguments, changed_at) values
 ('FINDING', (select id from finding where category = '教师资格持证率偏低'), null, 'OPEN', 'inspector2', null, null, null, current_timestamp - interval '320' day),
 ('FINDING', (select id from finding where category = '教师资格持证率偏低'), 'OPEN', 'ANSWERED', 'changsha', null, null, null, current_timestamp - interval '90' day),
 ('FINDING', (select id from finding where category = '教师资格持证率偏低'), 'ANSWERED', 'ACCEPTED', 'inspector2', '同意。', null, null, current_timestamp - interval '80' day),
 ('FINDING', (select id from finding where category = '教师资格持证率偏低'), 'ACCEPTED', 'CLOSED', 'admin', '同意销号。', null, null, current_timestamp - interval '70' day),
 ('FINDING', (select id from finding where category = '教师资格持证率偏低'), 'CLOSED', 'RECHECK', 'admin', null, 'supervision.history.putToRecheck', null, current_timestamp - interval '2' day);
