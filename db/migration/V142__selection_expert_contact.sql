-- 专家库: how the review office reaches an expert (telephone or e-mail as the roster gives it), loaded by the expert
-- import (issue 18) with title and fields; name, home organisation and city stay on the account.
alter table expert_profile add column contact varchar(100);
