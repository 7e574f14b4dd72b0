-- What a programme's target counts, until when, and how many designations one organisation may hold; how many
-- nominations one organisation may file in a round (issue 13, "the department's procedure, exactly").
--
-- Units (目标数单位) follow the 2022 notice's wording: 所 (schools), 个专业群 (clusters), 个专业（群）
-- (specialties or clusters), 个基地 (bases), 个集团 (groups), 人 (people). The horizon is the notice's 2025.
--
-- Designations one organisation may hold in a programme (per_organization_limit, null = no limit of its own;
-- the target still caps the total):
--   * the school programmes (UNDERGRAD_SCHOOL, HIGHER_VOC_SCHOOL, SECONDARY_SCHOOL, CITY_SECONDARY_SCHOOL,
--     TECHNICIAN_SCHOOL) designate the school itself: 1. So does the think-tank (one, designated) and the
--     culture base (one 文化馆 per school: the notice names 20 bases at 20 schools).
--   * VOC_GROUP: 1 — an organisation leads one 示范性 group (30 groups, 30 leads in the December 2022 list).
--   * UNDERGRAD_CLUSTER: 3 — 10 clusters with 4 vocational universities cannot be reached with fewer than 3.
--   * HIGHER_VOC_CLUSTER: 2 — 100 clusters with 91 colleges need more than 1; the national 双高 plan gives a
--     flagship school two clusters (domain-notes §2: "高水平学校 … 专业群"), and 182 places leave room to choose.
--   * SECONDARY_SPECIALTY, TECHNICIAN_SPECIALTY: 2 — the 2022 双优 list names a school with "两个优质专业群"
--     (汨罗市职业中专学校, A档); 400+ secondary schools make 100 reachable anyway.
--   * TRAINING_BASE: no limit — a base is built with its partner enterprises per industry, and a college with
--     several industries hosts several; the round's own nomination limit and the target bound it.
--   * INHERITOR: no limit — people, not organisations: a school may have many inheritors.
alter table program add column unit_zh varchar(16);
alter table program add column unit_en varchar(32);
alter table program add column lead_department_en varchar(100);
alter table program add column horizon_year integer;
alter table program add column per_organization_limit integer;
alter table program add constraint program_horizon_check check (horizon_year is null or horizon_year between 2000 and 2100);
alter table program add constraint program_per_organization_check
    check (per_organization_limit is null or per_organization_limit between 1 and 100);

update program set horizon_year = 2025, lead_department_en = 'Hunan Provincial Department of Education';
update program set lead_department_en = 'Hunan Provincial Department of Human Resources and Social Security'
    where code in ('TECHNICIAN_SCHOOL', 'TECHNICIAN_SPECIALTY');

update program set unit_zh = '个', unit_en = 'think-tank', per_organization_limit = 1 where code = 'THINK_TANK';
update program set unit_zh = '个基地', unit_en = 'bases', per_organization_limit = 1 where code = 'CULTURE_BASE';
update program set unit_zh = '人', unit_en = 'people', per_organization_limit = null where code = 'INHERITOR';
update program set unit_zh = '所', unit_en = 'schools', per_organization_limit = 1
    where code in ('UNDERGRAD_SCHOOL', 'HIGHER_VOC_SCHOOL', 'SECONDARY_SCHOOL', 'CITY_SECONDARY_SCHOOL', 'TECHNICIAN_SCHOOL');
update program set unit_zh = '个专业群', unit_en = 'clusters', per_organization_limit = 3 where code = 'UNDERGRAD_CLUSTER';
update program set unit_zh = '个专业群', unit_en = 'clusters', per_organization_limit = 2 where code = 'HIGHER_VOC_CLUSTER';
update program set unit_zh = '个专业（群）', unit_en = 'specialties (clusters)', per_organization_limit = 2
    where code in ('SECONDARY_SPECIALTY', 'TECHNICIAN_SPECIALTY');
update program set unit_zh = '个基地', unit_en = 'bases', per_organization_limit = null where code = 'TRAINING_BASE';
update program set unit_zh = '个集团', unit_en = 'groups', per_organization_limit = 1 where code = 'VOC_GROUP';

alter table program alter column unit_zh set not null;
alter table program alter column unit_en set not null;

-- Nominations one organisation may file in a round (default 1, set when the round is created).
alter table selection_round add column nominations_per_organization integer not null default 1;
alter table selection_round add constraint selection_round_nominations_per_organization_check
    check (nominations_per_organization between 1 and 50);

-- One organisation may now hold several nominations in a round. Each takes the next place (slot) of its
-- organisation in the round, and the database keeps one nomination per place: of two forms that arrive at once
-- for the same place (a double click), one is inserted and the other finds it (NominationIntake).
alter table nomination add column slot integer not null default 1;
alter table nomination drop constraint nomination_one_per_organization;
alter table nomination add constraint nomination_one_per_slot unique (round_id, organization_id, slot);
