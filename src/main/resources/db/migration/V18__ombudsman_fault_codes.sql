-- Issue 22: demo data written before this version recorded an Ombudsman finding as 'fault', a code the case
-- page never offers (its codes: fault-injustice, fault-no-injustice, no-fault). Such a row becomes the case
-- page's "fault, no injustice", so the report counts it.
update ombudsman_case set fault = 'fault-no-injustice' where fault = 'fault';
