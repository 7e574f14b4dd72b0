-- DEMO DATA (demo profile only): the demo accounts of product.md §8. Password for all: Chuyi@2026
-- (bcrypt, cost 12). Seeded as already changed, so a newcomer can try every role at once.
-- Never on the postgres profile: there the first system administrator is created by a first-run command.
insert into app_user (username, display_name, password_hash, password_changed_at) values
('admin', '省教育厅项目办', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp),
('inspector1', '督导组成员一', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp),
('inspector2', '督导组成员二', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp),
('auditor', '审计管理员', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp),
('sysadmin', '系统管理员', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp),
('secadmin', '安全管理员', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp);
insert into app_user (username, display_name, password_hash, password_changed_at, city_code) values
('changsha', '长沙市教育局', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp, '430100'),
('loudi', '娄底市教育局', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp, '431300');
insert into app_user (username, display_name, password_hash, password_changed_at, organization_id, city_code)
select 'hngy', '湖南工业职业技术学院管理员', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp, id, city_code from organization where name = '湖南工业职业技术学院';
insert into app_user (username, display_name, password_hash, password_changed_at, organization_id, city_code)
select 'xhcy', '新化县楚怡工业学校管理员', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp, id, city_code from organization where name = '新化县楚怡工业学校';
insert into app_user (username, display_name, password_hash, password_changed_at, organization_id, city_code)
select 'expert1', '专家一（长沙民政）', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp, id, city_code from organization where name = '长沙民政职业技术学院';
insert into app_user (username, display_name, password_hash, password_changed_at, organization_id, city_code)
select 'expert2', '专家二（湖南铁道）', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp, id, city_code from organization where name = '湖南铁道职业技术学院';
insert into app_user (username, display_name, password_hash, password_changed_at, organization_id, city_code)
select 'expert3', '专家三（岳阳职院）', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp, id, city_code from organization where name = '岳阳职业技术学院';
insert into app_user (username, display_name, password_hash, password_changed_at, organization_id, city_code)
select 'expert4', '专家四（常德职院）', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp, id, city_code from organization where name = '常德职业技术学院';
insert into app_user (username, display_name, password_hash, password_changed_at, organization_id, city_code)
select 'expert5', '专家五（怀化职院）', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp, id, city_code from organization where name = '怀化职业技术学院';

insert into user_role (user_id, role) select id, 'PROVINCE_ADMIN' from app_user where username = 'admin';
insert into user_role (user_id, role) select id, 'CITY_OFFICER' from app_user where username in ('changsha', 'loudi');
insert into user_role (user_id, role) select id, 'SCHOOL_ADMIN' from app_user where username in ('hngy', 'xhcy');
insert into user_role (user_id, role) select id, 'EXPERT' from app_user where username like 'expert%';
insert into user_role (user_id, role) select id, 'INSPECTOR' from app_user where username like 'inspector%';
insert into user_role (user_id, role) select id, 'AUDITOR' from app_user where username = 'auditor';
insert into user_role (user_id, role) select id, 'SYSTEM_ADMIN' from app_user where username = 'sysadmin';
insert into user_role (user_id, role) select id, 'SECURITY_ADMIN' from app_user where username = 'secadmin';
