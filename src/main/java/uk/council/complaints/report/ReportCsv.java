package uk.council.complaints.report;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Every figure of the report as {@code table,row,column,value}: one figure a line, rows and columns in the
 * words the page shows, suppression always applied (the file leaves the team). Numbers are written plainly
 * (no thousands separators) so a spreadsheet reads them as numbers; money is in pounds.
 */
@Singleton
public class ReportCsv {
    static final List<String> HEADER = List.of("table", "row", "column", "value");
    private final ReportFigures figures;
    private final ReportView view;

    ReportCsv(ReportFigures figures, ReportView view) {
        this.figures = figures;
        this.view = view;
    }

    /** The lines of the file, the header first: the page's words and figures, cell by cell. */
    public List<List<String>> lines(ReportPeriod period) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        for (ReportView.Table table : view.figures(Suppression.apply(figures.tables(period)))) {
            for (ReportView.Row row : table.rows()) {
                for (int c = 0; c < table.columns().size(); c++) {
                    ReportView.Cell cell = row.cells().get(c);
                    lines.add(List.of(table.letter(), row.label(), table.columns().get(c), value(cell.now(), cell.nowText())));
                }
            }
        }
        return lines;
    }

    /** A figure as the file writes it: plainly (no separators) when published, else the page's words; empty for no data. */
    static String value(Figure f, String words) {
        if (f.suppressed()) {
            return words;
        }
        return f.value() == null ? "" : f.value().toPlainString();
    }
}
