-- DEMO DATA (demo profile only): the demo's Chinese reasons were joined with an ASCII ", " (V132_1); Chinese text
-- takes the full-width "，" (found in a browser walk of /projects/14 and /projects/9).
update designated_project set midterm_conclusion = replace(midterm_conclusion, ', ', '，')
 where demo = true and midterm_conclusion like '%, %';
update project_evaluation set conclusion = replace(conclusion, ', ', '，')
 where conclusion like '%, %'
   and project_id in (select id from designated_project where demo = true);
update project_state_change set reason = replace(reason, ', ', '，')
 where reason like '%, %'
   and project_id in (select id from designated_project where demo = true);
