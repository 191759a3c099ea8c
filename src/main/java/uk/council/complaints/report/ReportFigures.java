package uk.council.complaints.report;

import java.util.List;

/** Every table of the report for a period, computed in SQL from the cases (never counted by hand). */
public interface ReportFigures {

    /** Tables in letter order; figures unsuppressed (suppression is applied to what leaves the team). */
    List<ReportTable> tables(ReportPeriod period);
}
