-- DEMO DATA (demo profile only): the demo made consistent where a browser walk found it was not.
-- 1. The nominations decided without any expert's review (the ranking showed 拟立项 with 0/0 experts): the two
--    technician colleges in 公示 (V30_1, final scores 88.50 and 85.00) and the 2022 culture base removed after an
--    objection (V30_1, 84.0) get the three submitted reviews their round asks for, whose average is their final score.
--    The experts are from other cities than the schools.
-- 2. 汨罗市职业中专学校's secondary school: its approved change request extended the construction period to 2025 and
--    task book version 2 runs 2022-2025 (V110_1), but the project still ended in 2024. Approving that version extends
--    the project, as ProjectService does, with the history line it writes.
-- 3. A recorded final score that was not its experts' average is (see the end).

-- 1. the technician colleges: criteria 办学基础与条件 (40) and 建设目标与举措 (60)
insert into review_assignment (nomination_id, expert_id, status, total, submitted_at, assigned_at)
select n.id, u.id, 'SUBMITTED', s.total, current_timestamp - interval '15' day, current_timestamp - interval '30' day
  from nomination n
  join organization o on o.id = n.organization_id
  join (select '湖南航空技师学院' as school, 'expert3' as expert, 87.0 as total union all
        select '湖南航空技师学院', 'expert4', 89.0 union all
        select '湖南航空技师学院', 'expert5', 89.5 union all
        select '湖南省汽车技师学院', 'expert3', 84.0 union all
        select '湖南省汽车技师学院', 'expert4', 86.0 union all
        select '湖南省汽车技师学院', 'expert5', 85.0) s on s.school = o.name
  join app_user u on u.username = s.expert
 where n.round_id = (select id from selection_round where title = '2026年楚怡优秀技工院校遴选（演示）');
insert into review_score (assignment_id, criterion_id, score, comment)
select a.id, c.id,
       case when c.sort_order = 1 then case when a.total >= 89 then 36 when a.total >= 85 then 35 else 34 end
            else a.total - case when a.total >= 89 then 36 when a.total >= 85 then 35 else 34 end end,
       '（演示）评语'
  from review_assignment a
  join nomination n on n.id = a.nomination_id
  join selection_criterion c on c.round_id = n.round_id
 where n.round_id = (select id from selection_round where title = '2026年楚怡优秀技工院校遴选（演示）');

-- the 2022 culture base removed after an objection: criteria of 25, 30, 30 and 15
insert into review_assignment (nomination_id, expert_id, status, total, submitted_at, assigned_at)
select n.id, u.id, 'SUBMITTED', s.total, current_timestamp - interval '1345' day, current_timestamp - interval '1345' day
  from nomination n
  join organization o on o.id = n.organization_id
  join (select 'expert3' as expert, 83.0 as total union all
        select 'expert4', 84.0 union all
        select 'expert5', 85.0) s on 1 = 1
  join app_user u on u.username = s.expert
 where n.round_id = (select id from selection_round where title = '2022年楚怡文化传承基地遴选（演示）')
   and o.name = '浏阳市楚怡中等职业学校' and n.status = 'REMOVED';
insert into review_score (assignment_id, criterion_id, score, comment)
select a.id, c.id,
       case c.sort_order
           when 1 then case when a.total = 85.0 then 22 else 21 end
           when 2 then case when a.total = 83.0 then 25 else 26 end
           when 3 then 25
           else 12
       end,
       '（演示）评语'
  from review_assignment a
  join nomination n on n.id = a.nomination_id
  join organization o on o.id = n.organization_id
  join selection_criterion c on c.round_id = n.round_id
 where n.round_id = (select id from selection_round where title = '2022年楚怡文化传承基地遴选（演示）')
   and o.name = '浏阳市楚怡中等职业学校' and n.status = 'REMOVED';

-- 2. 汨罗: the construction period as its approved task book version 2 has it (2022-2025)
insert into project_state_change (project_id, from_status, to_status, actor, reason, changed_at)
select p.id, p.status, p.status, 'admin', '批准延期：建设周期截止年度由 2024 年延至 2025 年', b.reviewed_at
  from designated_project p
  join organization o on o.id = p.organization_id
  join task_book b on b.project_id = p.id and b.version_no = 2 and b.status = 'APPROVED'
 where o.name = '汨罗市职业中专学校' and p.program_code = 'SECONDARY_SCHOOL' and p.demo = true;
update designated_project
   set construction_years = 4
 where program_code = 'SECONDARY_SCHOOL' and demo = true
   and organization_id = (select id from organization where name = '汨罗市职业中专学校');

-- 3. 湖南工业's culture base of 2022: its experts gave 88, 88 and 90 (V6_1), the ranking says 88.67, the nomination
--    page said the 88.33 recorded with it
update nomination
   set final_score = 88.67
 where round_id = (select id from selection_round where title = '2022年楚怡文化传承基地遴选（演示）')
   and organization_id = (select id from organization where name = '湖南工业职业技术学院')
   and final_score = 88.33;
