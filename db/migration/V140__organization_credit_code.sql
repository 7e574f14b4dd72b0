-- 统一社会信用代码 (GB 32100-2015): 18 characters with a check digit; the key an Excel import matches
-- organisations by (issue 18). Unique where present; rows from the reference lists have none until a roster is loaded.
alter table organization add column credit_code varchar(18);
alter table organization add constraint organization_credit_code_uq unique (credit_code);
