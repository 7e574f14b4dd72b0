-- issue 16: an extension request still pending when its item is answered is withdrawn by the portal (ExtensionMove.LAPSE).
alter table finding_extension drop constraint finding_extension_status_check;
alter table finding_extension add constraint finding_extension_status_check
    check (status in ('PENDING', 'APPROVED', 'REFUSED', 'WITHDRAWN'));
