package uk.council.complaints.report;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each mark of a chart goes, worked out once so the page's SVG ({@link SvgChart}) and the PDF's image
 * ({@link ChartImage}) draw the same chart. Every value is written beside its mark (no legend, no colour
 * needed to read it); bars are hatched, line points are marked with a shape. A value that is hidden
 * (suppressed, or no data) gets its words but no mark, so its size cannot be measured off the chart.
 */
record ChartLayout(int width, int height, List<Mark> marks) {
    static final int BAR_WIDTH = 480;
    static final int LINE_WIDTH = 640;
    static final int FONT = 16;

    /** One category: its name, its value in words, and its size (null when hidden). */
    record Point(String label, String valueText, @Nullable Double value) {
    }

    sealed interface Mark permits Bar, Polyline, Dot, Text, Rule {
    }

    record Bar(double x, double y, double w, double h, int pattern) implements Mark {
    }

    record Polyline(List<double[]> points) implements Mark {
    }

    record Dot(double x, double y) implements Mark {
    }

    enum Anchor { START, MIDDLE, END }

    record Text(double x, double y, String text, Anchor anchor, boolean bold) implements Mark {
    }

    record Rule(double x1, double y1, double x2, double y2) implements Mark {
    }

    static ChartLayout bars(List<Point> points) {
        double max = max(points);
        double left = 8;
        double room = BAR_WIDTH - left - 130;
        List<Mark> marks = new ArrayList<>();
        double y = 8;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            marks.add(new Text(left + 6, y + FONT, p.label(), Anchor.START, false));
            double w = p.value() == null ? 0 : Math.max(p.value() / max * room, p.value() > 0 ? 2 : 0);
            if (p.value() != null) {
                marks.add(new Bar(left, y + 22, w, 20, i % 2));
            }
            marks.add(new Text(left + w + 8, y + 22 + 16, p.valueText(), Anchor.START, true));
            y += 58;
        }
        marks.add(new Rule(left, 8, left, y - 8));
        return new ChartLayout(BAR_WIDTH, (int) y, marks);
    }

    static ChartLayout line(List<Point> points) {
        double max = max(points);
        double top = 32;
        double plot = 200;
        double left = 64;
        double step = points.size() > 1 ? (LINE_WIDTH - 2 * left) / (points.size() - 1) : 0;
        List<Mark> marks = new ArrayList<>();
        marks.add(new Rule(left / 2, top + plot, LINE_WIDTH - left / 2, top + plot));
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = points.size() > 1 ? left + i * step : LINE_WIDTH / 2.0;
            marks.add(new Text(x, top + plot + 24, p.label(), Anchor.MIDDLE, false));
            if (p.value() == null) {
                run = flush(run, marks); // a hidden value breaks the line: no slope to read it from
                marks.add(new Text(x, top + plot - 8, p.valueText(), Anchor.MIDDLE, true));
                continue;
            }
            double y = top + plot - p.value() / max * plot;
            run.add(new double[] {x, y});
            marks.add(new Dot(x, y));
            marks.add(new Text(x, y - 12, p.valueText(), Anchor.MIDDLE, true));
        }
        flush(run, marks);
        return new ChartLayout(LINE_WIDTH, (int) (top + plot + 40), marks);
    }

    private static List<double[]> flush(List<double[]> run, List<Mark> marks) {
        if (run.size() > 1) {
            marks.add(0, new Polyline(List.copyOf(run)));
        }
        return new ArrayList<>();
    }

    private static double max(List<Point> points) {
        double max = points.stream().filter(p -> p.value() != null).mapToDouble(Point::value).max().orElse(0);
        return max <= 0 ? 1 : max;
    }
}
