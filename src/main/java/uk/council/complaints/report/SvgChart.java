package uk.council.complaints.report;

import java.util.Locale;

/**
 * A chart as inline SVG for the page. Only presentation attributes and classes (the Content Security Policy
 * allows no style attribute and no script); {@code role="img"} named by its title and described by its
 * desc, which lists every value, so a screen reader hears the chart's figures.
 */
final class SvgChart {
    private static final String INK = "#0b0c0c";

    private SvgChart() {
    }

    static String render(ChartLayout layout, String id, String title, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" focusable=\"false\"")
                .append(" viewBox=\"0 0 ").append(layout.width()).append(' ').append(layout.height()).append('"')
                .append(" aria-labelledby=\"").append(id).append("-title\" aria-describedby=\"").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>")
                .append("<defs>")
                .append(pattern(id + "-p0", "M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6"))
                .append(pattern(id + "-p1", "M0,0 L8,8 M-2,6 L2,10 M6,-2 L10,2"))
                .append("</defs>");
        for (ChartLayout.Mark mark : layout.marks()) {
            svg.append(mark(mark, id));
        }
        return svg.append("</svg>").toString();
    }

    private static String mark(ChartLayout.Mark mark, String id) {
        if (mark instanceof ChartLayout.Bar b) {
            return "<rect x=\"" + n(b.x()) + "\" y=\"" + n(b.y()) + "\" width=\"" + n(b.w()) + "\" height=\"" + n(b.h())
                    + "\" fill=\"url(#" + id + "-p" + b.pattern() + ")\" stroke=\"" + INK + "\" stroke-width=\"1.5\"/>";
        }
        if (mark instanceof ChartLayout.Polyline l) {
            return "<polyline fill=\"none\" stroke=\"" + INK + "\" stroke-width=\"3\" points=\""
                    + String.join(" ", l.points().stream().map(p -> n(p[0]) + "," + n(p[1])).toList()) + "\"/>";
        }
        if (mark instanceof ChartLayout.Dot d) {
            return "<rect x=\"" + n(d.x() - 5) + "\" y=\"" + n(d.y() - 5) + "\" width=\"10\" height=\"10\" fill=\"#ffffff\""
                    + " stroke=\"" + INK + "\" stroke-width=\"2.5\"/>";
        }
        if (mark instanceof ChartLayout.Rule r) {
            return "<line x1=\"" + n(r.x1()) + "\" y1=\"" + n(r.y1()) + "\" x2=\"" + n(r.x2()) + "\" y2=\"" + n(r.y2())
                    + "\" stroke=\"" + INK + "\" stroke-width=\"2\"/>";
        }
        ChartLayout.Text t = (ChartLayout.Text) mark;
        return "<text x=\"" + n(t.x()) + "\" y=\"" + n(t.y()) + "\" font-size=\"" + ChartLayout.FONT
                + "\" font-family=\"arial, sans-serif\" fill=\"" + INK + "\" text-anchor=\""
                + t.anchor().name().toLowerCase(Locale.ROOT) + "\"" + (t.bold() ? " font-weight=\"bold\"" : "")
                + ">" + escape(t.text()) + "</text>";
    }

    private static String pattern(String id, String path) {
        return "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">"
                + "<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><path d=\"" + path + "\" stroke=\"" + INK
                + "\" stroke-width=\"2\"/></pattern>";
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
