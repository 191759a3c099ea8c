-- Issue 21: the kinds of enquiry the annual report counts apart (pre-complaint, ad hoc, Ombudsman enquiry), chosen by
-- staff when they record an enquiry and correctable later. An enquiry recorded before this was never asked its kind:
-- it says so ("not-recorded"), it is not guessed. Other kinds of case have none. Deleted with the case (retention).
alter table complaint_case add column enquiry_kind varchar(20);
update complaint_case set enquiry_kind = 'not-recorded' where kind = 'ENQUIRY';
