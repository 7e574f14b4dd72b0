-- DEMO DATA (demo profile only): a college holding two higher-vocational specialty clusters, which the programme
-- now allows (two per college, V40). 湖南铁道职业技术学院 is a national 双高 school; the cluster names are
-- plausible, the document number is invented, so both rows are flagged demo = true.
insert into designated_project (program_code, organization_id, title, designated_year, tier, document_number, demo)
select 'HIGHER_VOC_CLUSTER', id, '铁道机车专业群', 2022, 'A', '演示〔2022〕7号', true from organization where name = '湖南铁道职业技术学院';
insert into designated_project (program_code, organization_id, title, designated_year, tier, document_number, demo)
select 'HIGHER_VOC_CLUSTER', id, '城市轨道交通运营管理专业群', 2022, 'B', '演示〔2022〕7号', true from organization where name = '湖南铁道职业技术学院';
