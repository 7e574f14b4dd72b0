-- TOTP secrets are kept sealed (AES-GCM, key from the environment), longer than the clear Base32 they replace.
alter table app_user alter column totp_secret set data type varchar(200);
