package uk.council.complaints.report;

import jakarta.inject.Singleton;
import uk.council.complaints.web.Messages;

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
    private final Messages messages;
    private final FigureText text;

    ReportCsv(ReportFigures figures, Messages messages, FigureText text) {
        this.figures = figures;
        this.messages = messages;
        this.text = text;
    }

    /** The lines of the file, the header first. */
    public List<List<String>> lines(ReportPeriod period) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        for (ReportTable table : Suppression.apply(figures.tables(period))) {
            for (ReportTable.Row row : table.rows()) {
                String rowWords = messages.get(row.labelKey(), row.labelArgs().toArray());
                for (int c = 0; c < table.columns().size(); c++) {
                    lines.add(List.of(table.letter(), rowWords, messages.get(table.columns().get(c).labelKey()),
                            value(row.figures().get(c))));
                }
            }
        }
        return lines;
    }

    /** A figure as the file writes it: the page's words when hidden ("fewer than 5", "[c]"), empty when there is no data. */
    String value(Figure f) {
        if (f.suppressed()) {
            return text.hidden(f.hidden());
        }
        return f.value() == null ? "" : f.value().toPlainString();
    }
}
