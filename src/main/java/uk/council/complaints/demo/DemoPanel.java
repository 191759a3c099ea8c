package uk.council.complaints.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/** A demo Stage 3's review panel as the register template's columns (issue 22). */
final class DemoPanel {
    private DemoPanel() {
    }

    /** The panel's members, meeting and report: in order, on weekdays, before the council's response; none after today. */
    static void panel(Map<String, String> r, DemoCase c, LocalDate today) {
        r.put("stage3Chair", "Demo Chair (fictional)");
        r.put("stage3MemberTwo", "Demo Member (fictional)");
        r.put("stage3MemberThree", "Demo Member Three (fictional)");
        LocalDate meeting = c.responded == null ? weekday(c.received.plusDays(c.index % 4 == 0 ? 50 : 35))
                : weekdayBefore(c.responded.minusDays(21));
        LocalDate report = weekday(meeting.plusDays(c.index % 3 == 0 ? 9 : 6));
        if (!meeting.isAfter(today)) {
            r.put("stage3MeetingOn", meeting.toString());
        }
        if (!report.isAfter(today) && (c.responded == null || report.isBefore(c.responded))) {
            r.put("stage3ReportOn", report.toString());
        }
    }

    static LocalDate weekday(LocalDate d) {
        return d.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue() ? weekday(d.plusDays(1)) : d;
    }

    static LocalDate weekdayBefore(LocalDate d) {
        return d.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue() ? weekdayBefore(d.minusDays(1)) : d;
    }
}
