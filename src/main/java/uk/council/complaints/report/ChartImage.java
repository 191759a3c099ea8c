package uk.council.complaints.report;

import uk.council.complaints.web.TaggedPdf;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The same chart as {@link SvgChart}, drawn as a PNG for the PDF (where it is an image with the chart's
 * description as its alternative text). Drawn at twice the size for print, in Liberation Sans, the PDF's font.
 */
final class ChartImage {
    private static final int SCALE = 2;
    private static final Font FONT = load();

    private ChartImage() {
    }

    static byte[] png(ChartLayout layout) {
        BufferedImage image = new BufferedImage(layout.width() * SCALE, layout.height() * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            layout.marks().forEach(m -> draw(g, m));
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(Graphics2D g, ChartLayout.Mark mark) {
        Color ink = new Color(0x0b0c0c);
        g.setColor(ink);
        if (mark instanceof ChartLayout.Bar b) {
            Rectangle2D r = new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h());
            g.setPaint(hatch(b.pattern()));
            g.fill(r);
            g.setColor(ink);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(r);
        } else if (mark instanceof ChartLayout.Polyline l) {
            Path2D path = new Path2D.Double();
            path.moveTo(l.points().get(0)[0], l.points().get(0)[1]);
            l.points().stream().skip(1).forEach(p -> path.lineTo(p[0], p[1]));
            g.setStroke(new BasicStroke(3f));
            g.draw(path);
        } else if (mark instanceof ChartLayout.Dot d) {
            Rectangle2D r = new Rectangle2D.Double(d.x() - 5, d.y() - 5, 10, 10);
            g.setColor(Color.WHITE);
            g.fill(r);
            g.setColor(ink);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(r);
        } else if (mark instanceof ChartLayout.Rule r) {
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(r.x1(), r.y1(), r.x2(), r.y2()));
        } else if (mark instanceof ChartLayout.Text t) {
            g.setFont(FONT.deriveFont(t.bold() ? Font.BOLD : Font.PLAIN, (float) ChartLayout.FONT));
            double w = g.getFontMetrics().getStringBounds(t.text(), g).getWidth();
            double x = switch (t.anchor()) {
                case START -> t.x();
                case MIDDLE -> t.x() - w / 2;
                case END -> t.x() - w;
            };
            g.drawString(t.text(), (float) x, (float) t.y());
        }
    }

    private static TexturePaint hatch(int pattern) {
        BufferedImage tile = new BufferedImage(8 * SCALE, 8 * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D t = tile.createGraphics();
        t.setColor(Color.WHITE);
        t.fillRect(0, 0, tile.getWidth(), tile.getHeight());
        t.setColor(new Color(0x0b0c0c));
        t.setStroke(new BasicStroke(2f * SCALE));
        int s = 8 * SCALE;
        if (pattern == 0) {
            t.drawLine(0, s, s, 0);
        } else {
            t.drawLine(0, 0, s, s);
        }
        t.dispose();
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, 8, 8));
    }

    private static Font load() {
        try (InputStream in = ChartImage.class.getResourceAsStream(TaggedPdf.FONT)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the PDF font is missing: " + TaggedPdf.FONT, e);
        }
    }
}
