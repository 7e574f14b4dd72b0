-- Issue 18: whether a round's review is blind (匿名评审). The review workbook the committee signs names the experts
-- 专家1, 专家2 … in a blind round and by name otherwise. Blind unless the department says so: the sheet circulates
-- beyond the department's office.
alter table selection_round add column blind_review boolean not null default true;
