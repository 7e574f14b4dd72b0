-- Issue 18 (demo only): invented 统一社会信用代码 for the secondary vocational schools of 娄底, so that the city's
-- template of school figures lists them with their codes and docs/examples/school-figures-example.xlsx imports as is.
-- The codes are well formed (division 431300, check character computed) but are not the schools' real codes.
update organization set credit_code = '124313009000000015' where name = '新化县楚怡工业学校' and credit_code is null;
update organization set credit_code = '124313009000000028' where name = '涟源市工贸职业中等专业学校' and credit_code is null;
update organization set credit_code = '12431300900000003B' where name = '娄星区职业中专（演示）' and credit_code is null;
update organization set credit_code = '12431300900000004E' where name = '双峰县职业中专（演示）' and credit_code is null;
update organization set credit_code = '12431300900000005H' where name = '冷水江市职业中专（演示）' and credit_code is null;
