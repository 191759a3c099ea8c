package uk.council.complaints.report;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four outputs of a report compared cell by cell, value and label: the page without suppression and the CSV
 * with the figures and the words worked out by {@link ReportWords}; the published page with the CSV; the
 * spreadsheet and the PDF with the published page (so with the CSV, the previous period and the change included).
 */
final class ReportOutputs {
    private static final int PDF_COLUMNS = 5;
    private final List<ReportTable> truth;
    private final ReportWords words = new ReportWords();
    private int cells;

    ReportOutputs(List<ReportTable> truth) {
        this.truth = truth;
    }

    /** The page as the team sees it, nothing hidden: every figure and label as the truth says. */
    void pageAsTheTruth(Document page) {
        for (ReportTable t : truth) {
            Element section = section(page, t);
            assertEquals(t.columns().stream().map(words::column).toList(), section.select("thead th[scope=colgroup]").eachText(), t.letter());
            assertEquals(words.words("report.table." + t.letter() + ".definition"), section.select("p.app-report-definition").text(),
                    t.letter() + ": what it counts, under it");
            List<Element> trs = section.select("tbody tr");
            assertEquals(t.rows().size(), trs.size(), t.letter());
            for (int r = 0; r < trs.size(); r++) {
                List<String> shown = trs.get(r).children().eachText();
                ReportTable.Row row = t.rows().get(r);
                assertEquals(words.row(row), shown.get(0), t.letter() + " row " + r);
                for (int c = 0; c < t.columns().size(); c++) {
                    assertEquals(ReportWords.shown(row.figures().get(c), false), shown.get(1 + 3 * c), t.letter() + " " + shown);
                    cells++;
                }
            }
        }
    }

    /** The CSV (the published figures): every line's table, row and column as the truth's words; its value the truth's or hidden as the rules say. */
    List<String[]> csvAsTheTruth(String body) {
        Iterator<String> lines = List.of(body.split("\r\n")).iterator();
        assertEquals("table,row,column,value", lines.next());
        List<String[]> out = new ArrayList<>();
        for (ReportTable t : truth) {
            for (ReportTable.Row row : t.rows()) {
                for (int c = 0; c < t.columns().size(); c++) {
                    String[] line = parse(lines.next());
                    Figure f = row.figures().get(c);
                    assertEquals(List.of(t.letter(), words.row(row), words.column(t.columns().get(c))), List.of(line).subList(0, 3));
                    String plain = ReportWords.shown(f, true);
                    boolean small = f.kind() == Figure.Kind.COUNT && f.value() != null && f.value().signum() > 0 && f.value().intValue() < 5;
                    String expected = small ? words.words("report.figure.suppressed") : plain;
                    String other = f.kind() == Figure.Kind.COUNT ? words.words("report.figure.complementary") : words.words("report.withheld");
                    assertTrue(line[3].equals(expected) || !small && f.kind() != Figure.Kind.MONEY && line[3].equals(other),
                            () -> String.join(",", line) + " but the cases give " + plain);
                    out.add(line);
                }
            }
        }
        assertTrue(!lines.hasNext(), "no line more than the tables' cells");
        return out;
    }

    /** The published page: every label and figure of this period as the CSV; returns its rows, table by table, as shown. */
    List<List<List<String>>> pageAsTheCsv(Document page, List<String[]> csv) {
        Iterator<String[]> lines = csv.iterator();
        List<List<List<String>>> tables = new ArrayList<>();
        for (ReportTable t : truth) {
            List<List<String>> rows = new ArrayList<>();
            for (Element tr : section(page, t).select("tbody tr")) {
                List<String> shown = tr.children().eachText();
                for (int c = 0; c < t.columns().size(); c++) {
                    String[] line = lines.next();
                    assertEquals(line[1], shown.get(0));
                    Figure.Kind kind = t.rows().get(rows.size()).figures().get(c).kind();
                    assertEquals(ReportWords.asShown(line[3], kind), shown.get(1 + 3 * c), String.join(",", line));
                }
                rows.add(shown);
            }
            tables.add(rows);
        }
        return tables;
    }

    /** The spreadsheet: a sheet per table after the narrative's, its rows those of the published page. */
    void sheetsAsThePage(Map<String, List<List<String>>> sheets, List<List<List<String>>> page) {
        List<List<List<String>>> tables = new ArrayList<>(sheets.values()).subList(1, sheets.size());
        assertEquals(truth.size(), tables.size());
        for (int k = 0; k < truth.size(); k++) {
            List<List<String>> rows = tables.get(k);
            List<String> header = rows.get(1);
            for (int c = 0; c < truth.get(k).columns().size(); c++) {
                assertEquals(words.words("report.xlsx.now", words.column(truth.get(k).columns().get(c))), header.get(1 + 3 * c));
            }
            int n = page.get(k).size();
            assertEquals(page.get(k), rows.subList(2, 2 + n), truth.get(k).letter());
            // under the table, as on the page and in the PDF: its definition, and the "[c]" note where a cell carries it
            List<List<String>> under = new ArrayList<>(List.of(List.of(words.words("report.table." + truth.get(k).letter() + ".definition"))));
            String c = words.words("report.figure.complementary");
            if (page.get(k).stream().anyMatch(row -> row.contains(c))) {
                under.add(List.of(words.words("report.figure.complementary.note")));
            }
            assertEquals(under, rows.subList(2 + n, rows.size()), truth.get(k).letter() + ": what is under the table");
        }
    }

    /** The PDF's text layer: every column header and every row of the published page, whole (in parts of five columns). */
    void pdfAsThePage(String pdf, List<List<List<String>>> page) {
        for (int k = 0; k < truth.size(); k++) {
            String definition = words.words("report.table." + truth.get(k).letter() + ".definition");
            assertTrue(pdf.contains(definition), truth.get(k).letter() + ": its definition in the PDF");
            for (ReportTable.Column c : truth.get(k).columns()) {
                assertTrue(pdf.contains(words.column(c)), truth.get(k).letter() + ": " + words.column(c) + " not in the PDF");
            }
            for (List<String> row : page.get(k)) {
                // a table wider than five columns is split, each part with its row labels
                for (int from = 1; from < Math.max(2, row.size()); from += 3 * PDF_COLUMNS) {
                    List<String> part = new ArrayList<>(List.of(row.get(0)));
                    part.addAll(row.subList(from, Math.min(row.size(), from + 3 * PDF_COLUMNS)));
                    assertTrue(pdf.contains(String.join(" ", part)), () -> part + " not in the PDF");
                }
            }
        }
    }

    int cellsCompared() {
        return cells;
    }

    private static Element section(Document page, ReportTable t) {
        Element section = page.getElementById("report-" + t.letter().toLowerCase(Locale.ROOT));
        assertTrue(section != null, t.letter() + " on the page");
        return section;
    }

    /** A CSV line (RFC 4180: a field in quotes may hold commas and doubled quotes). */
    static String[] parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
