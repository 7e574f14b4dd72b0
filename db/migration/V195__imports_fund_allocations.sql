-- Fund allocations are uploaded through the imports (template, report row by row, confirm, history, file kept).
alter table data_import drop constraint data_import_kind_check;
alter table data_import add constraint data_import_kind_check
    check (kind in ('ORGANIZATIONS', 'EXPERTS', 'SCHOOL_FIGURES', 'FUND_ALLOCATIONS'));
