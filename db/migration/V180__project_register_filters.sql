-- The register's filter by overdue annual reports (issue #17) looks at the running projects by state and designation
-- year; the tier filter uses designated_project_tier_idx (V130) and the reports' count annual_report_once_a_year.
create index designated_project_status_year_idx on designated_project (status, designated_year, id);
