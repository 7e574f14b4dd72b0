-- DEMO DATA (demo profile only): 长沙 has all three items in place, 娄底 the name only.
insert into flagship_check (city_code, item, done, evidence, updated_by, updated_at) values
    ('430100', 'NAME', true, '（演示）浏阳职业中专已更名为浏阳市楚怡中等职业学校。', 'changsha', current_timestamp - interval '200' day),
    ('430100', 'LOGO', true, '（演示）已启用全省统一的楚怡标识。', 'changsha', current_timestamp - interval '150' day),
    ('430100', 'STYLE', true, '（演示）校门、教学楼外立面按统一风格改造完成。', 'changsha', current_timestamp - interval '60' day),
    ('431300', 'NAME', true, '（演示）涟源市工贸职业中等专业学校挂牌涟源市楚怡中职学校。', 'loudi', current_timestamp - interval '90' day),
    ('431300', 'LOGO', false, '（演示）标识制作中，预计年底前完成。', 'loudi', current_timestamp - interval '30' day);
insert into flagship_check_change (check_id, to_status, actor, reason, changed_at)
select id, case when done then 'DONE' else 'NOT_DONE' end, updated_by, evidence, updated_at from flagship_check;
