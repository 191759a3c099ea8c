-- Issue 21: a complaint the person withdraws, at any stage, with the day they did; the case is then closed
-- (counted as withdrawn, not overdue). Deleted with the case (retention).
alter table case_handling add column withdrawn_on date;
