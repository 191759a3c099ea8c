package uk.council.complaints.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The report's words and figures as a reader sees them, worked out here from the message bundles and the
 * figures (java.text, not the portal's own code): the independent truth the outputs are compared with.
 */
final class ReportWords {
    private final Properties bundle = new Properties();

    ReportWords() {
        for (String name : new String[] {"report-figures", "reportpages", "messages", "staff"}) {
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + name + ".properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                    p.forEach(bundle::putIfAbsent);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    String words(String key, Object... args) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("no words for " + key);
        }
        return new MessageFormat(pattern, Locale.UK).format(args);
    }

    String row(ReportTable.Row r) {
        return words(r.labelKey(), r.labelArgs().toArray());
    }

    String column(ReportTable.Column c) {
        return words(c.labelKey());
    }

    /** A figure as the page, the PDF and the spreadsheet show it; the CSV's plain form when {@code plain}. */
    static String shown(Figure f, boolean plain) {
        BigDecimal v = f.value();
        if (v == null) {
            return plain ? "" : "\u2013";
        }
        if (plain) {
            return v.toPlainString();
        }
        return switch (f.kind()) {
            case COUNT -> String.format(Locale.UK, "%,d", v.longValue());
            case PERCENT -> String.format(Locale.UK, "%.1f%%", v);
            case WORKING_DAYS -> String.format(Locale.UK, "%.1f", v);
            case MONEY -> String.format(Locale.UK, "\u00a3%,.2f", v);
        };
    }

    /** A CSV value in the page's words: a number formatted as its kind, anything else as it is. */
    static String asShown(String csv, Figure.Kind kind) {
        if (csv.isEmpty()) {
            return "\u2013";
        }
        try {
            return shown(Figure.of(kind, new BigDecimal(csv)), false);
        } catch (NumberFormatException words) {
            return csv;
        }
    }
}
