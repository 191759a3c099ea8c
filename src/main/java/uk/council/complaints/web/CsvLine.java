package uk.council.complaints.web;

import java.util.ArrayList;
import java.util.List;

/** One line of a CSV file for staff downloads: the queue export and the annual report's figures. */
public final class CsvLine {
    private CsvLine() {
    }

    /** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
    public static String of(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String cell : cells) {
            String v = cell == null ? "" : cell;
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            out.add(v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("'")
                    ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return String.join(",", out) + "\r\n";
    }
}
