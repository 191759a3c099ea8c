package uk.council.complaints.report;

import java.util.List;

/**
 * One table of the annual report (DESIGN section 7, letters A to R, plus "CORP" for the corporate
 * Complaint Handling Code report). Rows and columns are codes with message keys for their words, so the
 * page, PDF, spreadsheet and CSV (which prints the words) all name them the same way.
 * Words for the table: {@code report.table.<letter>.title} and {@code report.table.<letter>.summary}.
 */
public record ReportTable(String letter, List<Column> columns, List<Row> rows, Chart chart) {

    /** How the page draws it, beside the table: nothing, bars per row (first column), or a line over rows. */
    public enum Chart { NONE, BAR, LINE }

    public record Column(String code, String labelKey) {
    }

    public record Row(String code, String labelKey, List<Figure> figures) {
    }
}
