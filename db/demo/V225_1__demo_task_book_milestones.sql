-- DEMO DATA (demo profile only): milestones as the demo task books would promise them (each after the two every demo
-- task book has from V110_1), the progress 湖南工业职业技术学院's vocational-education group recorded for them in its
-- 2024 annual report. Titles, dates and notes are invented.
insert into task_book_milestone (task_book_id, sort_order, title, due_date)
select b.id, 2, '（演示）新增集团成员单位 6 家，组建 2 个行业产教融合共同体', date '2024-06-30'
from task_book b join designated_project p on p.id = b.project_id join organization o on o.id = p.organization_id
where o.name = '湖南工业职业技术学院' and p.program_code = 'VOC_GROUP' and b.version_no = 1;
insert into task_book_milestone (task_book_id, sort_order, title, due_date)
select b.id, 3, '（演示）完成集团建设总结报告，迎接验收', date '2024-12-31'
from task_book b join designated_project p on p.id = b.project_id join organization o on o.id = p.organization_id
where o.name = '湖南工业职业技术学院' and p.program_code = 'VOC_GROUP' and b.version_no = 1;

insert into task_book_milestone (task_book_id, sort_order, title, due_date)
select b.id, 2, '（演示）新校区实训楼竣工验收并投入教学使用', case when b.version_no = 1 then date '2024-08-31' else date '2025-06-30' end
from task_book b join designated_project p on p.id = b.project_id join organization o on o.id = p.organization_id
where o.name = '汨罗市职业中专学校' and p.program_code = 'SECONDARY_SCHOOL';
insert into task_book_milestone (task_book_id, sort_order, title, due_date)
select b.id, 3, '（演示）建成 3 个省级示范专业，完成建设总结迎接验收', date '2025-12-31'
from task_book b join designated_project p on p.id = b.project_id join organization o on o.id = p.organization_id
where o.name = '汨罗市职业中专学校' and p.program_code = 'SECONDARY_SCHOOL' and b.version_no = 2;

insert into task_book_milestone (task_book_id, sort_order, title, due_date)
select b.id, 2, '（演示）在校生规模达到 1.5 万人，新增订单班 10 个', date '2024-09-30'
from task_book b join designated_project p on p.id = b.project_id join organization o on o.id = p.organization_id
where o.name = '湖南铁道职业技术学院' and p.program_code = 'HIGHER_VOC_SCHOOL';

insert into task_book_milestone (task_book_id, sort_order, title, due_date)
select b.id, 2, '（演示）文化传承基地展陈布展完成并对外开放', date '2023-10-31'
from task_book b join designated_project p on p.id = b.project_id join organization o on o.id = p.organization_id
where o.name = '新化县楚怡工业学校' and p.program_code = 'CULTURE_BASE';

-- the group's 2024 report records the progress of every milestone due by the end of 2024 (read-only: submitted)
insert into annual_report_milestone (report_id, milestone_no, title, due_date, progress, note)
select r.id, m.sort_order, m.title, m.due_date,
       case when m.sort_order < 2 then 'DONE' else 'IN_PROGRESS' end,
       case m.sort_order
           when 0 then '（演示）方案经专家论证通过，签订校企合作协议 42 份'
           when 1 then '（演示）实训基地与共享课程平台建成，中期评估良好'
           when 2 then '（演示）已新增成员单位 5 家，第 6 家协议待签'
           else '（演示）总结报告初稿已完成，拟于年底前定稿'
       end
from annual_report r
join task_book b on b.project_id = r.project_id and b.status = 'APPROVED'
join task_book_milestone m on m.task_book_id = b.id and m.due_date <= date '2024-12-31'
where r.narrative like '（演示·任务书）%' and r.report_year = 2024;

