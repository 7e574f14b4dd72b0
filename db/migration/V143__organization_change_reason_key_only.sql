-- An organisation's history line written by a roster import gives its reason as a message key (imports.history.imported
-- with the row count and the file name), read in each reader's language, with no typed words (issue 18).
alter table organization_change alter column reason drop not null;
