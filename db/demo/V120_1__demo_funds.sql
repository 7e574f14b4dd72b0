-- DEMO DATA (demo profile only): money allocated to several demo projects by year and source, and the spending the
-- culture base of 湖南工业职业技术学院 stated in its two annual reports (2023 accepted, 2024 submitted), so that the
-- project pages, the register and the dashboard show execution rates. Amounts and document numbers are invented.
insert into fund_allocation (project_id, fund_year, source, amount, document, created_by, created_at)
select p.id, 2023, 'PROVINCIAL', 1000000.00, '演示湘财教〔2023〕1号', 'admin', current_timestamp
from designated_project p join organization o on o.id = p.organization_id
where o.name = '湖南工业职业技术学院' and p.program_code = 'CULTURE_BASE';
insert into fund_allocation (project_id, fund_year, source, amount, document, created_by, created_at)
select p.id, 2024, 'PROVINCIAL', 800000.00, '演示湘财教〔2024〕1号', 'admin', current_timestamp
from designated_project p join organization o on o.id = p.organization_id
where o.name = '湖南工业职业技术学院' and p.program_code = 'CULTURE_BASE';
insert into fund_allocation (project_id, fund_year, source, amount, document, created_by, created_at)
select p.id, 2023, 'SCHOOL', 300000.00, '（演示）学校配套', 'admin', current_timestamp
from designated_project p join organization o on o.id = p.organization_id
where o.name = '湖南工业职业技术学院' and p.program_code = 'CULTURE_BASE';
insert into fund_allocation (project_id, fund_year, source, amount, document, created_by, created_at)
select p.id, 2023, 'PROVINCIAL', 5000000.00, '演示湘财教〔2023〕2号', 'admin', current_timestamp
from designated_project p join organization o on o.id = p.organization_id
where o.name = '长沙民政职业技术学院' and p.program_code = 'HIGHER_VOC_SCHOOL';
insert into fund_allocation (project_id, fund_year, source, amount, document, created_by, created_at)
select p.id, 2023, 'INDUSTRY', 1200000.00, '（演示）校企合作协议', 'admin', current_timestamp
from designated_project p join organization o on o.id = p.organization_id
where o.name = '长沙民政职业技术学院' and p.program_code = 'HIGHER_VOC_SCHOOL';
insert into fund_allocation (project_id, fund_year, source, amount, document, created_by, created_at)
select p.id, 2024, 'PROVINCIAL', 2000000.00, '演示湘财教〔2024〕3号', 'admin', current_timestamp
from designated_project p join organization o on o.id = p.organization_id
where o.name = '汨罗市职业中专学校' and p.program_code = 'SECONDARY_SCHOOL';
insert into fund_allocation (project_id, fund_year, source, amount, document, created_by, created_at)
select p.id, 2024, 'CITY', 1500000.00, '（演示）浏阳市财政配套', 'admin', current_timestamp
from designated_project p join organization o on o.id = p.organization_id
where o.name = '浏阳市楚怡中等职业学校' and p.program_code = 'CITY_SECONDARY_SCHOOL';
insert into fund_change (project_id, allocation_id, to_status, actor, reason, changed_at)
select a.project_id, a.id, 'ADDED', 'admin', a.document, a.created_at from fund_allocation a;
insert into report_spending (report_id, source, amount)
select r.id, 'PROVINCIAL', case when r.report_year = 2023 then 900000.00 else 350000.00 end
from annual_report r join designated_project p on p.id = r.project_id join organization o on o.id = p.organization_id
where o.name = '湖南工业职业技术学院' and p.program_code = 'CULTURE_BASE';
insert into report_spending (report_id, source, amount)
select r.id, 'SCHOOL', 200000.00
from annual_report r join designated_project p on p.id = r.project_id join organization o on o.id = p.organization_id
where o.name = '湖南工业职业技术学院' and p.program_code = 'CULTURE_BASE' and r.report_year = 2023;
