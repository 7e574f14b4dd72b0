-- Issue 18: a city loads its schools' figures from a workbook; each figure remembers the file it came from
-- (null when the school typed it), so the school sees which of its figures the city gave.
alter table school_figures add column imported_from varchar(255);
