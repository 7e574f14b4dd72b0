-- DEMO DATA (demo profile only): a few designated projects so the dashboard shows progress. They follow
-- public reports of 2022 (culture bases named in the notice, three known city rebuilds), but the
-- document numbers and years are invented, so every row is flagged demo = true.
insert into designated_project (program_code, organization_id, title, designated_year, document_number, demo)
select 'CULTURE_BASE', id, '楚怡职业教育文化馆', 2022, '演示〔2022〕1号', true from organization where name = '湖南工业职业技术学院';
insert into designated_project (program_code, organization_id, title, designated_year, document_number, demo)
select 'CULTURE_BASE', id, '楚怡文化传承基地', 2022, '演示〔2022〕1号', true from organization where name = '新化县楚怡工业学校';
insert into designated_project (program_code, organization_id, title, designated_year, document_number, demo)
select 'CITY_SECONDARY_SCHOOL', id, '浏阳市楚怡中等职业学校改扩建', 2022, '演示〔2022〕2号', true from organization where name = '浏阳市楚怡中等职业学校';
insert into designated_project (program_code, organization_id, title, designated_year, document_number, demo)
select 'CITY_SECONDARY_SCHOOL', id, '张家界市永定区楚怡中职学校改扩建', 2022, '演示〔2022〕2号', true from organization where name = '张家界旅游学校';
insert into designated_project (program_code, organization_id, title, designated_year, document_number, demo)
select 'CITY_SECONDARY_SCHOOL', id, '涟源市楚怡中职学校改扩建', 2022, '演示〔2022〕2号', true from organization where name = '涟源市工贸职业中等专业学校';
insert into designated_project (program_code, organization_id, title, designated_year, tier, document_number, demo)
select 'SECONDARY_SCHOOL', id, '楚怡优秀中职学校建设', 2022, 'A', '演示〔2022〕3号', true from organization where name = '汨罗市职业中专学校';
insert into designated_project (program_code, organization_id, title, designated_year, document_number, demo)
select 'HIGHER_VOC_SCHOOL', id, '楚怡高水平高职院校建设', 2022, '演示〔2022〕4号', true from organization where name = '长沙民政职业技术学院';
insert into designated_project (program_code, organization_id, title, designated_year, document_number, demo)
select 'HIGHER_VOC_SCHOOL', id, '楚怡高水平高职院校建设', 2022, '演示〔2022〕4号', true from organization where name = '湖南铁道职业技术学院';
insert into designated_project (program_code, organization_id, title, designated_year, document_number, demo)
select 'TRAINING_BASE', id, '智能制造产教融合实训基地', 2022, '演示〔2022〕5号', true from organization where name = '湖南工业职业技术学院';
insert into designated_project (program_code, organization_id, title, designated_year, status, document_number, demo)
select 'TRAINING_BASE', id, '轨道交通产教融合实训基地', 2022, 'REVOKED', '演示〔2022〕5号', true from organization where name = '湖南铁道职业技术学院';
insert into designated_project (program_code, organization_id, title, designated_year, document_number, demo)
select 'VOC_GROUP', id, '湖南工业职业教育集团', 2022, '演示〔2022〕6号', true from organization where name = '湖南工业职业技术学院';
