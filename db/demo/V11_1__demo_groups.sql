-- DEMO DATA (demo profile only): three more invented partner organisations (named 演示) and two groups with members
-- of every kind, so the group pages, the organisation profiles and the expert-conflict rule have data.
insert into organization (name, kind, city_code, demo, verification, source) values ('湖南省工业和信息化厅（演示）', 'GOVERNMENT_BODY', '430100', true, 'UNVERIFIED', 'demo data');
insert into organization (name, kind, city_code, demo, verification, source) values ('娄底市农业产业化协会（演示）', 'INDUSTRY_ASSOCIATION', '431300', true, 'UNVERIFIED', 'demo data');
insert into organization (name, kind, city_code, demo, verification, source) values ('新化县文印产业有限公司（演示）', 'ENTERPRISE', '431300', true, 'UNVERIFIED', 'demo data');

insert into voc_group (name, lead_organization_id, founded_on, description, demo)
select '湖南工业职业教育集团（演示）', id, date '2015-06-18', '（演示）以湖南工业职业技术学院为牵头单位，联合政府部门、行业协会、企业、职业院校和科研机构组建的职业教育集团。', true
from organization where name = '湖南工业职业技术学院';
insert into voc_group (name, lead_organization_id, founded_on, description, demo)
select '娄底现代农业与文印职业教育联盟（演示）', id, date '2021-03-10', '（演示）服务娄底现代农业和新化文印产业的职业教育联盟。', true
from organization where name = '新化县楚怡工业学校';

insert into voc_group_member (group_id, organization_id, joined_on)
select g.id, o.id, date '2015-06-18' from voc_group g, organization o
where g.name = '湖南工业职业教育集团（演示）'
  and o.name in ('湖南工业职业技术学院', '湖南省工业和信息化厅（演示）', '湖南省装备制造行业协会（演示）',
                 '三一重工（演示）', '湖南省职业教育研究院（演示）', '浏阳市楚怡中等职业学校');
insert into voc_group_member (group_id, organization_id, joined_on, left_on, left_reason)
select g.id, o.id, date '2016-09-01', date '2023-12-31', '（演示）企业业务调整，退出集团。' from voc_group g, organization o
where g.name = '湖南工业职业教育集团（演示）' and o.name = '中车株洲电力机车（演示）';
insert into voc_group_member (group_id, organization_id, joined_on)
select g.id, o.id, date '2021-03-10' from voc_group g, organization o
where g.name = '娄底现代农业与文印职业教育联盟（演示）'
  and o.name in ('新化县楚怡工业学校', '娄底市人力资源和社会保障局（演示）', '娄底市农业产业化协会（演示）', '新化县文印产业有限公司（演示）', '涟源市工贸职业中等专业学校');

insert into voc_group_change (group_id, to_status, actor, reason, changed_at)
select id, 'CREATED', 'admin', name, created_at from voc_group where demo;
