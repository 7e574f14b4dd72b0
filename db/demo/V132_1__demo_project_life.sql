-- DEMO DATA (demo profile only): a project on warning after a failed mid-term, one that exited after its warning,
-- one raised from tier B to A and one lowered from A to B by the department's meetings (issue #17).

-- on warning: the mid-term failed a month ago, two months left to rectify
update designated_project set status = 'ON_WARNING', midterm_conclusion = '建设进度滞后, 实训设备采购未按计划完成',
       midterm_date = cast(current_timestamp - interval '30' day as date),
       rectify_by = cast(current_timestamp + interval '60' day as date)
 where title = '智能制造产教融合实训基地' and demo = true;
insert into project_evaluation (project_id, kind, grade, conclusion, evaluated_on, rectify_by, from_status, to_status,
                                recorded_by, recorded_at)
select id, 'MIDTERM', 'UNQUALIFIED', '建设进度滞后, 实训设备采购未按计划完成', midterm_date, rectify_by,
       'UNDER_CONSTRUCTION', 'ON_WARNING', 'admin', current_timestamp - interval '30' day
  from designated_project where title = '智能制造产教融合实训基地' and demo = true;
insert into project_state_change (project_id, from_status, to_status, actor, reason, changed_at)
select id, 'UNDER_CONSTRUCTION', 'ON_WARNING', 'admin', '建设进度滞后, 实训设备采购未按计划完成',
       current_timestamp - interval '30' day
  from designated_project where title = '智能制造产教融合实训基地' and demo = true;

-- exited: failed its mid-term last year, did not rectify, and the department decided its exit
insert into designated_project (program_code, organization_id, title, designated_year, status, tier, document_number,
                                demo, midterm_conclusion, midterm_date, revoke_reason)
select 'TRAINING_BASE', id, '新能源汽车产教融合实训基地', 2022, 'EXITED', 'B', '演示〔2022〕5号', true,
       '校企合作协议未落实, 实训基地未建成', cast(current_timestamp - interval '300' day as date), '逾期未完成整改'
  from organization where name = '湖南汽车工程职业大学';
insert into project_evaluation (project_id, kind, grade, conclusion, evaluated_on, rectify_by, from_status, to_status,
                                recorded_by, recorded_at)
select id, 'MIDTERM', 'UNQUALIFIED', '校企合作协议未落实, 实训基地未建成', midterm_date,
       cast(current_timestamp - interval '120' day as date), 'UNDER_CONSTRUCTION', 'ON_WARNING', 'admin',
       current_timestamp - interval '300' day
  from designated_project where title = '新能源汽车产教融合实训基地' and demo = true;
insert into project_adjustment (project_id, kind, from_tier, to_tier, meeting_name, meeting_date, reason, decided_by,
                                decided_at)
select id, 'EXIT', 'B', 'B', '演示 厅长办公会', cast(current_timestamp - interval '90' day as date), '逾期未完成整改',
       'admin', current_timestamp - interval '90' day
  from designated_project where title = '新能源汽车产教融合实训基地' and demo = true;
insert into project_state_change (project_id, from_status, to_status, actor, reason, changed_at)
select id, 'UNDER_CONSTRUCTION', 'ON_WARNING', 'admin', '校企合作协议未落实, 实训基地未建成',
       current_timestamp - interval '300' day
  from designated_project where title = '新能源汽车产教融合实训基地' and demo = true;
insert into project_state_change (project_id, from_status, to_status, actor, reason, changed_at)
select id, 'ON_WARNING', 'EXITED', 'admin', '逾期未完成整改', current_timestamp - interval '90' day
  from designated_project where title = '新能源汽车产教融合实训基地' and demo = true;

-- raised from B to A, and lowered from A to B, by this year's adjustment meeting
update designated_project set tier = 'A' where title = '张家界市永定区楚怡中职学校改扩建' and demo = true;
insert into project_adjustment (project_id, kind, from_tier, to_tier, meeting_name, meeting_date, reason, decided_by,
                                decided_at)
select id, 'RAISE', 'B', 'A', '演示 年度动态调整会', cast(current_timestamp - interval '20' day as date),
       '年度绩效评价优秀, 建设成效突出', 'admin', current_timestamp - interval '20' day
  from designated_project where title = '张家界市永定区楚怡中职学校改扩建' and demo = true;
update designated_project set tier = 'B' where title = '楚怡优秀中职学校建设' and demo = true;
insert into project_adjustment (project_id, kind, from_tier, to_tier, meeting_name, meeting_date, reason, decided_by,
                                decided_at)
select id, 'LOWER', 'A', 'B', '演示 年度动态调整会', cast(current_timestamp - interval '20' day as date),
       '年度绩效评价合格, 标志性成果不足', 'admin', current_timestamp - interval '20' day
  from designated_project where title = '楚怡优秀中职学校建设' and demo = true;
