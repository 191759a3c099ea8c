package uk.council.complaints.intake;

import jakarta.inject.Singleton;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Children;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.Step;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The children page (GOV.UK "add another"): the children so far, each with Change and Remove, and the limit. */
@Singleton
class ChildrenList {
    private final Messages msg;
    private final Journey journey;

    ChildrenList(Messages msg, Journey journey) {
        this.msg = msg;
        this.journey = journey;
    }

    /** One child on the list; Remove only while there is more than one. */
    record Row(String name, String details, String changeHref, String removeAction, boolean removable) {
    }

    /** What views/components/children-list.html shows. */
    record Page(List<Row> rows, boolean full, int max) {
    }

    /** The child page for one child: the first child's is the plain page. */
    static String childPage(int number, boolean change) {
        String query = (number > 1 ? "child=" + number : "") + (change ? (number > 1 ? "&" : "") + "change=yes" : "");
        return "/form/" + Step.CHILD.slug() + (query.isEmpty() ? "" : "?" + query);
    }

    void add(Map<String, Object> model, Answers answers, boolean change) {
        int count = Children.count(answers);
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Answers child = Children.child(answers, n);
            rows.add(new Row(child.has("childName") ? child.get("childName") : msg.get("children.noName", n),
                    details(child), childPage(n, change),
                    "/form/children/remove/" + n + (change ? "?change=yes" : ""), count > 1));
        }
        boolean full = Children.isFull(answers, journey.maxChildren());
        model.put("children", new Page(rows, full, journey.maxChildren()));
        model.put("heading", count == 1 ? msg.get("step.children.title.one") : msg.get("step.children.title.many", count));
        if (full) {
            // At the limit the question is not asked.
            model.put("fields", List.of());
        }
    }

    /** Date of birth, or age, in words. */
    String details(Answers child) {
        LocalDate dob = FieldDates.parse(child, "childDob");
        return dob != null ? msg.get("children.born", msg.date(dob, "date"))
                : child.has("childAge") ? msg.get("children.age", child.get("childAge")) : "";
    }
}
