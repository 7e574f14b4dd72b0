-- DEMO DATA (demo profile only): invented people, named 演示, two recognised and one awaiting the decision.
insert into inheritor (organization_id, name, position, achievements, status, recognised_year, demo, nominated_by, created_at)
select id, '张楚怡（演示）', '机电一体化专业教师', '（演示）扎根职业教育二十年，指导学生获楚怡杯职业院校技能竞赛一等奖 6 项。', 'RECOGNISED', 2024, true, 'hngy', current_timestamp - interval '500' day
from organization where name = '湖南工业职业技术学院';
insert into inheritor (organization_id, name, position, achievements, status, recognised_year, demo, nominated_by, created_at)
select id, '李湘（演示）', '2023 届毕业生', '（演示）在校期间获创新创业大赛省级金奖，毕业后返乡创办文印企业，带动就业 40 人。', 'RECOGNISED', 2025, true, 'xhcy', current_timestamp - interval '200' day
from organization where name = '新化县楚怡工业学校';
insert into inheritor (organization_id, name, position, achievements, status, demo, nominated_by, created_at)
select id, '王匠心（演示）', '数控技术专业学生', '（演示）获楚怡杯职业院校技能竞赛数控车项目省级一等奖，参与文明风采活动志愿服务 200 小时。', 'NOMINATED', true, 'xhcy', current_timestamp - interval '10' day
from organization where name = '新化县楚怡工业学校';

insert into inheritor_award (inheritor_id, competition, award_year, level, award)
select id, 'CHUYI_CUP', 2022, 'PROVINCIAL', '优秀指导教师' from inheritor where name = '张楚怡（演示）';
insert into inheritor_award (inheritor_id, competition, award_year, level, award)
select id, 'INNOVATION', 2023, 'PROVINCIAL', '金奖' from inheritor where name = '李湘（演示）';
insert into inheritor_award (inheritor_id, competition, award_year, level, award)
select id, 'CHUYI_CUP', 2025, 'PROVINCIAL', '一等奖' from inheritor where name = '王匠心（演示）';
insert into inheritor_award (inheritor_id, competition, award_year, level, award)
select id, 'WENMING_FENGCAI', 2024, 'CITY', '优秀志愿者' from inheritor where name = '王匠心（演示）';

insert into inheritor_change (inheritor_id, to_status, actor, changed_at)
select id, 'NOMINATED', nominated_by, created_at from inheritor where demo;
insert into inheritor_change (inheritor_id, from_status, to_status, actor, changed_at)
select id, 'NOMINATED', 'RECOGNISED', 'admin', created_at + interval '60' day from inheritor where demo and status = 'RECOGNISED';
