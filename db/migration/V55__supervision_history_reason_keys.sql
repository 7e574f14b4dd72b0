-- A task's team assignment was written into its history by the portal in Chinese ("督查组：<names>"); it becomes the
-- message key supervision.history.team with the names as its argument (shared.HistoryReason), so that an English page
-- reads "Team: …". Only task lines: a finding's reason is what an inspector typed and stays as typed.
update supervision_state_change
   set reason_key = 'supervision.history.team', reason_arguments = substr(reason, 5), reason = null
 where subject_type = 'TASK' and reason like '督查组：%';
