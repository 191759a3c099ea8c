package uk.council.complaints.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Any report table in words, whatever its rows and columns: each figure beside the previous period's and the
 * change, and its chart where the table asks for one. The page, the PDF and the spreadsheet all read this.
 */
@Singleton
class ReportView {
    private final FigureText text;
    private final Messages msg;

    ReportView(FigureText text, Messages msg) {
        this.text = text;
        this.msg = msg;
    }

    record Cell(@Nullable Figure now, @Nullable Figure before, String nowText, String beforeText, String change) {
    }

    record Row(String label, List<Cell> cells) {
    }

    record Table(String letter, String id, String title, @Nullable String summary, List<String> columns, List<Row> rows,
                 @Nullable String svg, @Nullable String png, String chartText) {
        public boolean empty() {
            return rows.isEmpty();
        }

        /** Whether a figure is shown as "[c]", so the table explains the mark under it. */
        public boolean complementary() {
            return rows.stream().flatMap(r -> r.cells().stream()).anyMatch(c -> hiddenFor(c.now()) || hiddenFor(c.before()));
        }

        /**
         * The table in parts of at most {@code width} columns, each with the row labels: a wide table split across the
         * PDF's page rather than cut off at its edge.
         */
        public List<Table> parts(int width) {
            List<Table> parts = new ArrayList<>();
            for (int from = 0; from < Math.max(1, columns.size()); from += width) {
                int a = from;
                int b = Math.min(columns.size(), from + width);
                List<Row> sliced = rows.stream().map(r -> new Row(r.label(), r.cells().subList(a, b))).toList();
                parts.add(new Table(letter, id, title, summary, columns.subList(a, b), sliced, svg, png, chartText));
            }
            return parts;
        }

        private static boolean hiddenFor(@Nullable Figure f) {
            return f != null && f.hidden() == Figure.Hidden.COMPLEMENTARY;
        }
    }

    /** The tables to show; {@code images} draws the charts as PNG (the PDF) rather than SVG (the page). */
    List<Table> tables(List<ReportTable> now, List<ReportTable> before, boolean images) {
        Map<String, ReportTable> previous = new HashMap<>();
        before.forEach(t -> previous.put(t.letter(), t));
        List<Drawing> made = now.stream().map(t -> table(t, previous.get(t.letter()), images)).toList();
        // The PDF's charts are encoded side by side: PNG encoding is most of a chart image's cost.
        return (images ? made.parallelStream() : made.stream()).map(Drawing::drawn).toList();
    }

    /** A table whose chart image, if it has one, is still to be drawn (no request state needed for that). */
    private record Drawing(Table table, @Nullable ChartLayout image) {
        Table drawn() {
            if (image == null) {
                return table;
            }
            Table t = table;
            return new Table(t.letter(), t.id(), t.title(), t.summary(), t.columns(), t.rows(), null,
                    Base64.getEncoder().encodeToString(ChartImage.png(image)), t.chartText());
        }
    }

    /**
     * The tables in words without the previous period or charts (the CSV): the same labels, resolved in the same
     * place, as the page, the PDF and the spreadsheet.
     */
    List<Table> figures(List<ReportTable> now) {
        return now.stream().map(t -> labelled(t, null)).toList();
    }

    /** Every label resolved once, here, with its arguments (a year, a team): every output prints these words. */
    private Table labelled(ReportTable t, @Nullable ReportTable before) {
        Map<String, Figure> earlier = new HashMap<>();
        if (before != null) {
            for (ReportTable.Row r : before.rows()) {
                for (int i = 0; i < r.figures().size() && i < before.columns().size(); i++) {
                    earlier.put(r.code() + "\u0000" + before.columns().get(i).code(), r.figures().get(i));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (ReportTable.Row r : t.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) {
                Figure now = i < r.figures().size() ? r.figures().get(i) : null;
                Figure then = earlier.get(r.code() + "\u0000" + t.columns().get(i).code());
                cells.add(new Cell(now, then, text.text(now), text.text(then), text.change(now, then)));
            }
            rows.add(new Row(msg.get(r.labelKey(), r.labelArgs().toArray()), cells));
        }
        String title = msg.get("report.table." + t.letter() + ".title");
        String id = "report-" + t.letter().toLowerCase(Locale.ROOT);
        List<String> columns = t.columns().stream().map(c -> msg.get(c.labelKey())).toList();
        return new Table(t.letter(), id, title, msg.opt("report.table." + t.letter() + ".summary"), columns, rows,
                null, null, "");
    }

    private Drawing table(ReportTable t, @Nullable ReportTable before, boolean images) {
        Table plain = labelled(t, before);
        List<Row> rows = plain.rows();
        List<String> columns = plain.columns();
        String title = plain.title();
        String id = plain.id();
        if (t.chart() == ReportTable.Chart.NONE || rows.isEmpty() || columns.isEmpty()) {
            return new Drawing(plain, null);
        }
        List<ChartLayout.Point> points = rows.stream().map(r -> {
            Figure f = r.cells().get(0).now();
            boolean hidden = f == null || f.value() == null || f.suppressed();
            return new ChartLayout.Point(r.label(), r.cells().get(0).nowText(), hidden ? null : f.value().doubleValue());
        }).toList();
        boolean bar = t.chart() == ReportTable.Chart.BAR;
        ChartLayout layout = bar ? ChartLayout.bars(points) : ChartLayout.line(points);
        String description = msg.get(bar ? "report.chart.bar" : "report.chart.line", columns.get(0), String.join("; ",
                points.stream().map(p -> p.label() + " " + p.valueText()).toList()));
        String chartTitle = msg.get("report.chart.title", title);
        return new Drawing(new Table(t.letter(), id, title, plain.summary(), columns, rows,
                images ? null : SvgChart.render(layout, id + "-chart", chartTitle, description), null, description),
                images ? layout : null);
    }
}
