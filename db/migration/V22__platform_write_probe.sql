-- Readiness proves that the database takes writes (shared.DatabaseWriteHealthIndicator): it inserts one row here
-- in a transaction that it always rolls back, so the table stays empty; an operator may do the same by hand
-- (source 'MANUAL'). No key and no index, so probes from several instances never wait for each other. The IN
-- check is the kind of constraint H2 2.4.240 stopped accepting while every read still worked (DemoDatabaseIT); it
-- lists two values because H2 turns a one-value IN into "=", which that bug did not touch.
create table write_probe (
    source varchar(16) not null,
    constraint write_probe_source_check check (source in ('READINESS', 'MANUAL'))
);
