-- DEMO DATA (demo profile only): think-tank activities, past and coming, named 演示.
insert into think_tank_activity (kind, title, held_on, speakers, place, attendance, summary, demo, created_by, created_at)
values ('LECTURE', '楚怡职业教育大讲堂第一讲：楚怡精神与新时代职业教育（演示）', cast(current_timestamp - interval '400' day as date), '（演示）省职教研究专家', '湖南工业职业技术学院报告厅', 420,
        '（演示）讲述楚怡工业学校百年办学历程，阐释“工业救国、手脑并用、实业报国、职教为民”的楚怡精神。', true, 'admin', current_timestamp - interval '400' day);
insert into think_tank_activity (kind, title, held_on, speakers, place, attendance, summary, demo, created_by, created_at)
values ('FORUM', '楚怡职业教育论坛：产教融合与区域产业（演示）', cast(current_timestamp - interval '120' day as date), '（演示）院校、行业和企业代表', '长沙', 260,
        '（演示）围绕产教融合实训基地建设和区域产业需求开展研讨。', true, 'admin', current_timestamp - interval '130' day);
insert into think_tank_activity (kind, title, held_on, speakers, place, summary, demo, created_by, created_at)
values ('REPORT', '关于推进县域中等职业教育高质量发展的决策咨询报告（演示）', cast(current_timestamp - interval '30' day as date), '（演示）智库课题组', null,
        '（演示）提出优化县域中职布局、保障每县办好一所公办中职学校的建议。', true, 'admin', current_timestamp - interval '30' day);
insert into think_tank_activity (kind, title, held_on, speakers, place, summary, demo, created_by, created_at)
values ('LECTURE', '楚怡职业教育大讲堂：“双师型”教师队伍建设（演示）', cast(current_timestamp + interval '20' day as date), '（演示）省教育厅职成处、院校代表', '湖南铁道职业技术学院',
        '（演示）解读“双师型”教师认定标准与培养路径。', true, 'admin', current_timestamp - interval '5' day);
insert into think_tank_change (activity_id, to_status, actor, changed_at)
select id, 'RECORDED', created_by, created_at from think_tank_activity where demo;
