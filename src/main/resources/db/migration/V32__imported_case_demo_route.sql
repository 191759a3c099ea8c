-- Issue 22: demo cases are made through the register import (route 'demo'), so the case page can say that a demo
-- case is fictional as it says where an imported case came from.
alter table imported_case drop constraint imported_case_route;
alter table imported_case add constraint imported_case_route check (route in ('file', 'api', 'demo'));
