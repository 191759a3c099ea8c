-- Issue 25: cases brought in from the register a team kept before the portal (the /staff/import page) or from another
-- system (POST /api/v1/cases). One row per imported case: where it came from and who brought it in, so the case page
-- can say so; deleted with the case (retention). docs/adr/0031-importing-a-register.md
create table imported_case (
    case_id          bigint primary key references complaint_case (id) on delete cascade,
    -- The case's reference in the register or system it came from.
    source_reference varchar(100)             not null,
    -- 'file' (the managers' upload) or 'api'.
    route            varchar(10)              not null,
    imported_at      timestamp with time zone not null,
    imported_by      varchar(400)             not null,
    constraint imported_case_route check (route in ('file', 'api'))
);
create index imported_case_source on imported_case (source_reference);

-- An API import's Idempotency-Key: a repeat with the same key and body gets the first answer, the same key with another
-- body is refused. Written in the transaction that makes the case, so a key never names a case that was rolled back.
create table import_request (
    client           varchar(100)             not null,
    idempotency_key  varchar(255)             not null,
    body_sha256      varchar(64)              not null,
    case_reference   varchar(30)              not null,
    created_at       timestamp with time zone not null,
    primary key (client, idempotency_key)
);
