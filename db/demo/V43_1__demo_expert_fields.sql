-- DEMO DATA (demo profile only): titles and fields of the five demo experts, chosen to match the demo rounds
-- (中职机电 clusters, 高职 clusters in manufacturing and elderly care, the excellent secondary schools).
insert into expert_profile (user_id, title, fields) select id, '教授', '智能制造、机械制造及自动化、机电技术应用' from app_user where username = 'expert1';
insert into expert_profile (user_id, title, fields) select id, '教授', '轨道交通、铁道机车、智能制造' from app_user where username = 'expert2';
insert into expert_profile (user_id, title, fields) select id, '研究员', '中职学校、职业教育管理、学校治理' from app_user where username = 'expert3';
insert into expert_profile (user_id, title, fields) select id, '副教授', '健康养老、社会工作、护理' from app_user where username = 'expert4';
insert into expert_profile (user_id, title, fields) select id, '高级工程师', '机电技术应用、数控技术、工业机器人' from app_user where username = 'expert5';
