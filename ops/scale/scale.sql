-- Ten times the province (issue #7): about 2,000 organisations, 200 rounds over 10 years, 50,000 nominations with
-- attachment metadata, 250,000 expert scores, 5,000 designated projects with annual reports, 20,000 findings.
-- (The 1,000,000 audit rows are written by ScaleData.java, which computes their hash chain.)
-- Most rows are old and closed; the current year has a few open rounds, drafts and open findings.
-- Run by ops/scale-data.sh on a migrated, otherwise empty PostgreSQL database (production migrations, no demo).
-- Every generated row is recognisable: organisation names start with '规模', usernames with 'bench-'.

select setseed(0.2022);

-- organisations: the real schools of the reference data plus generated ones, across the 14 cities
insert into organization (name, kind, city_code, verification, source)
select '规模测试' || case when g % 10 < 6 then '中等职业学校' when g % 10 < 9 then '职业技术学院' else '技工学校' end || lpad(g::text, 4, '0'),
       case when g % 10 < 6 then 'SECONDARY_VOCATIONAL' when g % 10 < 9 then 'HIGHER_VOCATIONAL' else 'TECHNICIAN' end,
       c.code, 'UNVERIFIED', 'ops/scale/scale.sql'
from generate_series(1, 2000 - (select count(*) from organization)) g
join lateral (select code from division where level = 'CITY' order by code offset (g % 14) limit 1) c on true;

create temporary table bench_org as
select row_number() over (order by id) - 1 as n, id, kind, city_code from organization where city_code is not null;
create index on bench_org (n);

-- accounts (password of the demo: Chuyi@2026; re-hashed with PBKDF2 at first sign-in)
insert into app_user (username, display_name, password_hash, password_changed_at, city_code, organization_id)
select 'bench-school-' || o.n, '规模测试学校管理员' || o.n, '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2',
       current_timestamp, o.city_code, o.id
from bench_org o;
insert into user_role (user_id, role) select id, 'SCHOOL_ADMIN' from app_user where username like 'bench-school-%';

insert into app_user (username, display_name, password_hash, password_changed_at, city_code, organization_id)
select 'bench-expert-' || g, '规模测试专家' || g, '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2',
       current_timestamp, o.city_code, o.id
from generate_series(0, 299) g join bench_org o on o.n = (g * 7) % (select count(*) from bench_org);
insert into user_role (user_id, role) select id, 'EXPERT' from app_user where username like 'bench-expert-%';

insert into app_user (username, display_name, password_hash, password_changed_at, city_code)
select 'bench-city-' || code, name || '（规模测试）', '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2',
       current_timestamp, code
from division where level = 'CITY';
insert into user_role (user_id, role) select id, 'CITY_OFFICER' from app_user where username like 'bench-city-%';

insert into app_user (username, display_name, password_hash, password_changed_at)
select 'bench-inspector-' || g, '规模测试督学' || g, '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp
from generate_series(0, 39) g;
insert into user_role (user_id, role) select id, 'INSPECTOR' from app_user where username like 'bench-inspector-%';

-- sixteen department officers: the benchmark signs each in once and spreads its requests over their sessions
insert into app_user (username, display_name, password_hash, password_changed_at)
select 'bench-admin-' || g, '规模测试省厅管理员' || g, '{bcrypt}$2a$12$npuCfGtutkzZDzi6yeIRSumiIT3b8Y5KfJ4BxXXTIAb6PVydaoju2', current_timestamp
from generate_series(0, 15) g;
insert into user_role (user_id, role) select id, 'PROVINCE_ADMIN' from app_user where username like 'bench-admin-%';

-- 200 rounds: 20 a year from 2017, over the programmes that select organisations; the current year's are open
create temporary table bench_program as
select row_number() over (order by sort_order) - 1 as n, code from program where nominee = 'ORGANIZATION';

insert into selection_round (program_code, round_year, title, status, quota, nomination_opens_at, nomination_closes_at,
                             city_deadline, review_ends_at, publicity_starts_at, publicity_ends_at, created_at)
select p.code, 2017 + y, (2017 + y) || '年' || p.code || '遴选（规模测试第' || r || '轮）',
       case when y < 9 then 'CLOSED'
            when r < 8 then 'CLOSED' when r < 12 then 'OPEN' when r < 15 then 'CITY_REVIEW'
            when r < 18 then 'EXPERT_REVIEW' else 'PUBLICITY' end,
       60,
       make_timestamptz(2017 + y, 3, 1, 0, 0, 0, 'Asia/Shanghai') + (case when y = 9 and r between 8 and 11 then interval '260 days' else interval '0' end),
       make_timestamptz(2017 + y, 4, 1, 0, 0, 0, 'Asia/Shanghai') + (case when y = 9 and r between 8 and 11 then interval '280 days' else interval '0' end),
       make_timestamptz(2017 + y, 4, 20, 0, 0, 0, 'Asia/Shanghai') + (case when y = 9 and r between 8 and 11 then interval '280 days' else interval '0' end),
       make_timestamptz(2017 + y, 6, 1, 0, 0, 0, 'Asia/Shanghai') + (case when y = 9 and r between 8 and 11 then interval '280 days' else interval '0' end),
       case when y < 9 or r >= 18 then make_timestamptz(2017 + y, 6, 10, 0, 0, 0, 'Asia/Shanghai') end,
       case when y < 9 or r >= 18 then make_timestamptz(2017 + y, 6, 17, 0, 0, 0, 'Asia/Shanghai') end,
       make_timestamptz(2017 + y, 2, 1, 0, 0, 0, 'Asia/Shanghai')
from generate_series(0, 9) y cross join generate_series(0, 19) r
join bench_program p on p.n = r % (select count(*) from bench_program);
-- the current year's publicity rounds run now, so the public 公示 page shows them
update selection_round set publicity_starts_at = current_timestamp - interval '2 days',
                           publicity_ends_at = current_timestamp + interval '5 days'
where status = 'PUBLICITY';

insert into selection_round_kind (round_id, kind)
select r.id, k.kind from selection_round r join program_applicant_kind k on k.program_code = r.program_code
where r.title like '%规模测试%';

insert into selection_criterion (round_id, name, max_score, weight, sort_order)
select r.id, (array['建设基础', '建设目标', '建设内容', '保障措施', '预期成效'])[c], 20, 1, c
from selection_round r cross join generate_series(1, 5) c where r.title like '%规模测试%';

-- 250 nominations a round, each from a different organisation
create temporary table bench_round as
select row_number() over (order by id) - 1 as n, id, status, round_year, nomination_closes_at from selection_round
where title like '%规模测试%';

insert into nomination (round_id, organization_id, city_code, status, title, summary, foundation, plan, safeguards,
                        submitted_at, final_score, created_at)
select r.id, o.id, o.city_code,
       case r.status
            when 'OPEN' then case when i % 3 = 0 then 'DRAFT' else 'SUBMITTED' end
            when 'CITY_REVIEW' then case when i % 4 = 0 then 'SUBMITTED' else 'RECOMMENDED' end
            when 'EXPERT_REVIEW' then case when i % 5 = 0 then 'INELIGIBLE' else 'UNDER_REVIEW' end
            when 'PUBLICITY' then case when i < 60 then 'SELECTED' else 'NOT_SELECTED' end
            else case when i < 55 then 'DESIGNATED' when i < 60 then 'REMOVED' when i % 17 = 0 then 'WITHDRAWN'
                      when i % 11 = 0 then 'INELIGIBLE' else 'NOT_SELECTED' end end,
       '规模测试申报 ' || r.n || '-' || i,
       repeat('建设概述。', 20), repeat('建设基础。', 60), repeat('建设方案。', 60), repeat('保障措施。', 30),
       case when r.status <> 'OPEN' or i % 3 <> 0 then r.nomination_closes_at - (i % 20) * interval '1 day' end,
       case when r.status in ('PUBLICITY', 'CLOSED') and i % 17 <> 0 then round((95 - i * 0.1)::numeric, 2) end,
       r.nomination_closes_at - interval '25 days'
from bench_round r cross join generate_series(0, 249) i
join bench_org o on o.n = (r.n * 7 + i) % (select count(*) from bench_org);

insert into nomination_attachment (nomination_id, original_name, content_type, size_bytes, sha256, storage_key,
                                   uploaded_by, uploaded_at)
select n.id, '申报书-' || n.id || '.pdf', 'application/pdf', 200000 + (n.id % 5000) * 100,
       md5(n.id::text) || md5(n.id::text || 'x'), 'bench/' || n.id, 'bench', n.created_at
from nomination n where n.title like '规模测试申报%' and n.status <> 'DRAFT';

-- three experts for each nomination that reached the review: 50,000 assignments x 5 criteria = 250,000 scores
create temporary table bench_expert as
select row_number() over (order by u.id) - 1 as n, u.id from app_user u where u.username like 'bench-expert-%';

insert into review_assignment (nomination_id, expert_id, status, total, submitted_at, assigned_at)
select n.id, e.id, case when n.status = 'UNDER_REVIEW' and k = 2 then 'ASSIGNED' else 'SUBMITTED' end,
       case when n.status = 'UNDER_REVIEW' and k = 2 then null else 60 + (n.id + k) % 40 end,
       case when n.status = 'UNDER_REVIEW' and k = 2 then null else n.submitted_at + interval '30 days' end,
       n.submitted_at + interval '20 days'
from (select id, status, submitted_at, row_number() over (order by id) as m from nomination
      where title like '规模测试申报%' and status in ('UNDER_REVIEW', 'SELECTED', 'NOT_SELECTED', 'DESIGNATED', 'REMOVED')
      order by id limit 16667) n
cross join generate_series(0, 2) k
join bench_expert e on e.n = (n.m * 3 + k) % 300;

insert into review_score (assignment_id, criterion_id, score, comment)
select a.id, c.id, case when a.status = 'SUBMITTED' then 12 + (a.id + c.sort_order) % 9 end, null
from review_assignment a join nomination n on n.id = a.nomination_id
join selection_criterion c on c.round_id = n.round_id;

-- 5,000 designated projects, 500 a year, with an annual report for every construction year begun before this one
insert into designated_project (program_code, organization_id, title, designated_year, status, construction_years,
                                document_number, created_at)
select p.code, o.id, '规模测试立项项目 ' || g, 2017 + g / 500,
       case when 2017 + g / 500 <= 2021 then case when g % 23 = 0 then 'FAILED' when g % 41 = 0 then 'REVOKED' else 'ACCEPTED' end
            when 2017 + g / 500 <= 2023 then 'MIDTERM_PASSED' else 'UNDER_CONSTRUCTION' end,
       3, '湘教通〔' || (2017 + g / 500) || '〕' || (g % 500 + 1) || '号', make_timestamptz(2017 + g / 500, 7, 1, 0, 0, 0, 'Asia/Shanghai')
from generate_series(0, 4999) g
join bench_program p on p.n = g % (select count(*) from bench_program)
join bench_org o on o.n = (g * 13) % (select count(*) from bench_org);

insert into annual_report (project_id, report_year, status, narrative, submitted_at, reviewed_by, reviewed_at)
select d.id, d.designated_year + k,
       case when d.designated_year + k = 2025 and d.id % 4 = 0 then 'DRAFT'
            when d.designated_year + k = 2025 and d.id % 4 = 1 then 'SUBMITTED' else 'ACCEPTED' end,
       repeat('年度建设进展。', 40),
       case when not (d.designated_year + k = 2025 and d.id % 4 = 0) then make_timestamptz(d.designated_year + k + 1, 1, 20, 0, 0, 0, 'Asia/Shanghai') end,
       case when not (d.designated_year + k = 2025 and d.id % 4 in (0, 1)) then 'bench-admin-0' end,
       case when not (d.designated_year + k = 2025 and d.id % 4 in (0, 1)) then make_timestamptz(d.designated_year + k + 1, 3, 1, 0, 0, 0, 'Asia/Shanghai') end
from designated_project d cross join generate_series(0, 2) k
where d.title like '规模测试立项项目%' and d.designated_year + k <= 2025;

-- supervision: a plan a year inspecting 200 schools each, 10 findings a task = 20,000 findings
insert into supervision_plan (plan_year, topic, scope, status, visit_from, visit_to, published_at, created_at)
select y, y || '年度职业教育督导（规模测试）', 'SCHOOLS', case when y = 2026 then 'ACTIVE' else 'PUBLISHED' end,
       make_date(y, 9, 1), make_date(y, 11, 30),
       case when y < 2026 then make_timestamptz(y, 12, 20, 0, 0, 0, 'Asia/Shanghai') end,
       make_timestamptz(y, 8, 1, 0, 0, 0, 'Asia/Shanghai')
from generate_series(2017, 2026) y
where not exists (select 1 from supervision_plan where plan_year = y);

create temporary table bench_inspector as
select row_number() over (order by u.id) - 1 as n, u.id from app_user u where u.username like 'bench-inspector-%';

insert into inspection_task (plan_id, city_code, organization_id, status, lead_id, visit_from, visit_to, total_score,
                             grade, reported_at)
select p.id, o.city_code, o.id, case when p.plan_year = 2026 and t % 2 = 0 then 'PLANNED' else 'REPORTED' end,
       i.id, p.visit_from, p.visit_from + 3,
       case when p.plan_year = 2026 and t % 2 = 0 then null else 70 + t % 30 end,
       case when p.plan_year = 2026 and t % 2 = 0 then null when t % 30 >= 20 then 'EXCELLENT' when t % 30 >= 2 then 'PASS' else 'FAIL' end,
       case when p.plan_year = 2026 and t % 2 = 0 then null else make_timestamptz(p.plan_year, 12, 1, 0, 0, 0, 'Asia/Shanghai') end
from supervision_plan p cross join generate_series(0, 199) t
join bench_org o on o.n = (p.plan_year * 31 + t * 9) % (select count(*) from bench_org)
join bench_inspector i on i.n = t % 40
where p.topic like '%规模测试%';

insert into finding (task_id, category, severity, description, city_code, organization_id, status, deadline, overdue,
                     answer, answered_at, created_by, created_at)
select t.id, (array['办学条件', '师资队伍', '教学管理', '校企合作', '经费投入'])[1 + f % 5],
       (array['GENERAL', 'GENERAL', 'SERIOUS', 'GENERAL', 'SEVERE'])[1 + (t.id + f) % 5],
       '规模测试督导发现：' || repeat('问题描述。', 20), t.city_code, t.organization_id,
       case when p.plan_year < 2025 then 'CLOSED'
            when p.plan_year = 2025 then (array['CLOSED', 'CLOSED', 'ANSWERED', 'REJECTED', 'OPEN'])[1 + f % 5]
            else (array['OPEN', 'OPEN', 'ANSWERED', 'OPEN', 'REJECTED'])[1 + f % 5] end,
       make_date(p.plan_year + 1, 3, 31),
       p.plan_year = 2025 and f % 5 = 4,
       case when p.plan_year < 2025 or f % 5 in (1, 2) then '已按要求整改。' end,
       case when p.plan_year < 2025 or f % 5 in (1, 2) then make_timestamptz(p.plan_year + 1, 2, 1, 0, 0, 0, 'Asia/Shanghai') end,
       'bench-inspector-0', make_timestamptz(p.plan_year, 11, 1, 0, 0, 0, 'Asia/Shanghai')
from inspection_task t join supervision_plan p on p.id = t.plan_id cross join generate_series(0, 9) f
where p.topic like '%规模测试%';

analyze;
