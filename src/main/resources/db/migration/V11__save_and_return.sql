-- Save and come back later (issue 11): a single-use link emailed to the person. Only the SHA-256 of the
-- link's random token is kept; the draft (and so every link to it) is deleted when it expires.
create table draft_saved_link (
    token_hash  varchar(64)              primary key,
    draft_id    varchar(64)              not null references draft (id) on delete cascade,
    sent_to     varchar(254)             not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index draft_saved_link_draft on draft_saved_link (draft_id);

-- "Would you like an advocate?" as answered: by a young person for themselves, by a parent or an advocate for
-- the child (yes / no / already has one). "yes" also makes an advocacy_referral and the ADVOCACY_REQUESTED flag.
alter table complaint_case add column advocate_wanted varchar(10);
