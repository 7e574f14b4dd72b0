-- 专家库 The expert pool knows each expert's professional title and fields of expertise (专业领域); home
-- organisation and city stay on the account. Automatic assignment prefers experts whose fields match the programme
-- or the nominated cluster, then balances load. Fields are short terms, kept as one list separated by '、'.
create table expert_profile (
    user_id bigint       primary key references app_user (id),
    title   varchar(50),
    fields  varchar(500) not null default '',
    version bigint       not null default 0
);
