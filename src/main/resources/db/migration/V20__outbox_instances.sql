-- Issue 23, ADR 0024: each running instance of the portal (one run: its name and a token of that start) says it is
-- alive here every portal.mail.heartbeat-interval. Claims of a run not seen for portal.mail.instance-gone-after are
-- taken back by the instances still running, instead of waiting for the claim (5 minutes) to run out. No personal data.
create table outbox_instance (
    run     varchar(80)              primary key,
    seen_at timestamp with time zone not null
);
