-- DEMO DATA (demo profile only): the placeholder sealed pages (单位盖章) that DemoSealedPages put on the demo's filed
-- nominations at start-up read "uploaded by demo, today". Make them read like a school's own upload: by the school's
-- account (the first by name; a demo school without an account: the school, as the demo's history names its actor),
-- 20 minutes before the nomination was submitted (DemoSealedPages.BEFORE_SUBMISSION writes new ones the same way).
-- Plain correlated subqueries: the same statement runs on H2 (PostgreSQL mode) and on PostgreSQL.
update nomination_document
set uploaded_by = (
        select coalesce(
            (select min(u.username) from app_user u join user_role r on r.user_id = u.id
             where r.role = 'SCHOOL_ADMIN' and u.enabled and u.organization_id = n.organization_id),
            o.name)
        from nomination n join organization o on o.id = n.organization_id
        where n.id = nomination_document.nomination_id),
    uploaded_at = (
        select n.submitted_at - interval '20' minute
        from nomination n
        where n.id = nomination_document.nomination_id)
where kind = 'SEALED_PAGE'
  and uploaded_by = 'demo'
  and exists (select 1 from nomination n where n.id = nomination_document.nomination_id and n.submitted_at is not null);
