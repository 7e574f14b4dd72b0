-- Projects created by a closing selection round wrote their history reason as Chinese words; the portal now writes
-- a message key, shown in the reader's language. Old rows get the same key.
update project_state_change set reason_key = 'project.history.designated', reason = null
 where reason = '遴选批次结束立项' and actor = 'system';
