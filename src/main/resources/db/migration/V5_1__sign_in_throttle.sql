-- Failed staff sign-ins are counted per email address AND client, so a stranger who knows a colleague's
-- address locks only themselves out, not the colleague (docs/adr/0010-security-defaults.md). The client's
-- address is not kept: the key is a hash of the email and the address. Old counts are short-lived: dropped.
drop table staff_sign_in_failure;

create table staff_sign_in_failure (
    throttle_key      varchar(64)              primary key,
    email_key         varchar(254)             not null,
    failures          int                      not null,
    last_failure_at   timestamp with time zone not null,
    locked_until      timestamp with time zone
);
create index staff_sign_in_failure_email on staff_sign_in_failure (email_key);
