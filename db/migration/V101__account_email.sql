-- issue 16: the e-mail address belongs to the account (set by the system administrator, or by the user on the
-- preferences page), no longer to the notification preferences; existing addresses move with their users.
alter table app_user add column email varchar(254);
update app_user set email = (select p.email from notification_preference p where p.user_id = app_user.id)
where exists (select 1 from notification_preference p where p.user_id = app_user.id and p.email is not null);
alter table notification_preference drop column email;
