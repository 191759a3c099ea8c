-- Issue 25 hardening (ADR 0030): an endpoint that fails for days is switched off by the portal. failures_in_row counts
-- the failed tries since its last delivered one; switched_off_at and switched_off_after say when the portal switched it
-- off and after how many, shown on its admin page until an admin switches it back on (which clears all three). Not case
-- data: an endpoint is a council system's address, kept until an admin deletes it.
alter table webhook_endpoint add column failures_in_row int default 0 not null;
alter table webhook_endpoint add column switched_off_at timestamp with time zone;
alter table webhook_endpoint add column switched_off_after int;
