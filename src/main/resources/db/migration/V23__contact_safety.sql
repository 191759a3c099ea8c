-- Issue 24: whether a voicemail or post may reach the person safely (both, voicemail-only, post-only, neither).
alter table complaint_case add column contact_safety varchar(20);
