-- Issue 21: how the request for the next stage came (online, email, letter, phone, in person, advocate...), on the
-- case made for that stage; its date is the new case's received_on. Deleted with the case (retention).
-- The case itself keeps how the first complaint was received (complaint_case.received_via, copied over).
create table stage_request (
    case_id bigint      primary key references complaint_case (id) on delete cascade,
    via     varchar(20) not null
);
