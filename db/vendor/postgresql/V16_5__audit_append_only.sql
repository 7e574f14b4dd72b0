-- The audit log is append-only for the application's own database role: no UPDATE ever, and DELETE only of
-- rows older than the retention floor of 184 days (level 3 asks for at least six months), for the purge job.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.occurred_at < now() - interval '184 days' then
        return old;
    end if;
    raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
