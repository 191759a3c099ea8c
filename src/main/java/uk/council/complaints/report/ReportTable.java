package uk.council.complaints.report;

import java.util.List;

/**
 * One table of the annual report (DESIGN section 7, letters A to R, plus "CORP" for the corporate
 * Complaint Handling Code report). Rows and columns are codes with message keys for their words, so the
 * page, PDF, spreadsheet and CSV (which prints the words) all name them the same way.
 * Words for the table: {@code report.table.<letter>.title} and {@code report.table.<letter>.summary}.
 * A table that needs a second view of the same letter is named by the letter and a suffix
 * ({@code B-trend}, {@code H-issues}, {@code I-quarters}, {@code J-limits}).
 * A row or column coded {@value #TOTAL} is a published total: {@link Suppression} protects the cells it adds up.
 */
public record ReportTable(String letter, List<Column> columns, List<Row> rows, Chart chart) {

    public static final String TOTAL = "total";

    /** How the page draws it, beside the table: nothing, bars per row (first column), or a line over rows. */
    public enum Chart { NONE, BAR, LINE }

    public record Column(String code, String labelKey) {
    }

    /**
     * A row; {@code labelArgs} fill the words' placeholders when the row is named by data (a year, a
     * team from the routing directory), e.g. {@code report.row.year} = "{0}".
     */
    public record Row(String code, String labelKey, List<String> labelArgs, List<Figure> figures) {

        public Row(String code, String labelKey, List<Figure> figures) {
            this(code, labelKey, List.of(), figures);
        }
    }
}
