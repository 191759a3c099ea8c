package uk.council.complaints.importing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A register file as rows of cells by column: CSV (RFC 4180, UTF-8) or XLSX (its first sheet, read with Apache POI, the
 * library the report's spreadsheet is written with). The first row names the columns. Rows with no value are skipped.
 */
final class RegisterReader {
    /** More rows than this is not a register of a few years; the page says so rather than reading on. */
    static final int MAX_ROWS = 5000;

    private RegisterReader() {
    }

    /** The file could not be read as a register: the message key of why. */
    static final class Unreadable extends Exception {
        Unreadable(String key) {
            super(key, null, false, false);
        }
    }

    static List<RegisterRow> read(String fileName, byte[] content) throws Unreadable {
        List<List<String>> lines = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? xlsx(content) : csv(content);
        if (lines.isEmpty()) {
            throw new Unreadable("import.error.file.empty");
        }
        List<String> header = lines.get(0).stream().map(String::strip).toList();
        if (header.stream().distinct().count() != header.size() || !header.contains(RegisterColumns.SOURCE_REFERENCE)) {
            throw new Unreadable("import.error.file.header");
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw new Unreadable("import.error.file.tooManyRows");
        }
        List<RegisterRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (!header.get(c).isEmpty()) {
                    cells.put(header.get(c), c < line.size() ? line.get(c) : "");
                }
            }
            rows.add(new RegisterRow(i + 1, cells));
        }
        return rows;
    }

    /** RFC 4180: fields separated by commas, quoted with double quotes (a quote inside doubled), lines by CRLF or LF. */
    static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !line.isEmpty()) {
            line.add(field.toString());
            lines.add(line);
        }
        return lines;
    }

    private static List<List<String>> xlsx(byte[] content) throws Unreadable {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
            List<List<String>> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum() && r <= MAX_ROWS + 1; r++) {
                Row row = sheet.getRow(r);
                List<String> line = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    line.add(text(row.getCell(c), formatter));
                }
                lines.add(line);
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).stream().allMatch(String::isBlank)) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("import.error.file.unreadable");
        }
    }

    /** A date cell as yyyy-MM-dd, whatever its display format; anything else as the spreadsheet shows it. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
