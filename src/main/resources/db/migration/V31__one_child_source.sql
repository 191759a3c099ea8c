-- Issue 24: a case's children are kept in one place, case_child (docs/adr/0017-several-children.md). Until now
-- complaint_case.child_* also held the first child, and for a young person's own case the young person (whom
-- case_child left out). Every case whose child is not in case_child yet gets it as its first row, the young person
-- included (the case is about them), and the columns go.
insert into case_child (case_id, position, name, dob, age, address)
select c.id, 1, c.child_name, c.child_dob, c.child_age, c.child_address from complaint_case c
where c.child_name is not null and not exists (select 1 from case_child k where k.case_id = c.id);
alter table complaint_case drop column child_name;
alter table complaint_case drop column child_dob;
alter table complaint_case drop column child_age;
alter table complaint_case drop column child_address;
