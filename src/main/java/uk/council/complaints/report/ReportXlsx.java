package uk.council.complaints.report;

import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.council.complaints.web.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report as a spreadsheet for the committee papers (Apache POI): a first sheet with the period and the
 * narrative sections, then one sheet per table with this period, the previous one and the change for each
 * column. Figures are numbers a spreadsheet can add up; hidden small counts and missing data are words.
 */
@Singleton
class ReportXlsx {
    private final Messages msg;

    ReportXlsx(Messages msg) {
        this.msg = msg;
    }

    @SuppressWarnings("unchecked")
    byte[] render(Map<String, Object> model) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<Figure.Kind, CellStyle> styles = styles(book);
            Sheet first = book.createSheet(WorkbookUtil.createSafeSheetName(msg.get("report.xlsx.narrative")));
            line(first, msg.get("report.title"), (String) model.get("periodText"));
            line(first, msg.get("report.xlsx.previous"), (String) model.get("previousText"));
            line(first, msg.get("report.publication.on"));
            for (NarrativeForm.Section s : (List<NarrativeForm.Section>) model.get("sections")) {
                line(first, s.heading(), s.paragraphs().isEmpty() ? msg.get("report.narrative.none")
                        : String.join("\n\n", s.paragraphs()), s.written() == null ? "" : s.written());
            }
            for (ReportView.Table t : (List<ReportView.Table>) model.get("tables")) {
                table(book.createSheet(WorkbookUtil.createSafeSheetName(t.letter() + " " + t.title())), t, styles);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(Sheet sheet, ReportView.Table t, Map<Figure.Kind, CellStyle> styles) {
        line(sheet, t.letter() + ". " + t.title());
        if (t.empty()) {
            line(sheet, msg.get("report.table.empty"));
            line(sheet, msg.get("report.table." + t.letter() + ".definition"));
            return;
        }
        Row header = sheet.createRow(sheet.getLastRowNum() + 1);
        header.createCell(0).setCellValue(msg.get("report.category"));
        for (int i = 0; i < t.columns().size(); i++) {
            header.createCell(1 + 3 * i).setCellValue(msg.get("report.xlsx.now", t.columns().get(i)));
            header.createCell(2 + 3 * i).setCellValue(msg.get("report.xlsx.before", t.columns().get(i)));
            header.createCell(3 + 3 * i).setCellValue(msg.get("report.xlsx.change", t.columns().get(i)));
        }
        for (ReportView.Row r : t.rows()) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue(r.label());
            for (int i = 0; i < r.cells().size(); i++) {
                ReportView.Cell c = r.cells().get(i);
                figure(row.createCell(1 + 3 * i), c.now(), c.nowText(), styles);
                figure(row.createCell(2 + 3 * i), c.before(), c.beforeText(), styles);
                row.createCell(3 + 3 * i).setCellValue(c.change());
            }
        }
        // under the table, as on the page and in the PDF: what it counts, and what "[c]" means where it is used
        line(sheet, msg.get("report.table." + t.letter() + ".definition"));
        if (t.complementary()) {
            line(sheet, msg.get("report.figure.complementary.note"));
        }
        sheet.createFreezePane(1, 2);
        sheet.setColumnWidth(0, 40 * 256);
    }

    /** A number when it may be shown, otherwise the words the page shows ("fewer than 5", a dash). */
    private static void figure(Cell cell, Figure f, String words, Map<Figure.Kind, CellStyle> styles) {
        if (f == null || f.value() == null || f.suppressed()) {
            cell.setCellValue(words);
            return;
        }
        // a percentage is stored as the fraction it is (87.5% as 0.875), so a spreadsheet calculates with it
        double value = f.value().doubleValue();
        cell.setCellValue(f.kind() == Figure.Kind.PERCENT ? value / 100 : value);
        cell.setCellStyle(styles.get(f.kind()));
    }

    private static void line(Sheet sheet, String... cells) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    private static Map<Figure.Kind, CellStyle> styles(Workbook book) {
        Map<Figure.Kind, CellStyle> styles = new EnumMap<>(Figure.Kind.class);
        Map<Figure.Kind, String> formats = Map.of(Figure.Kind.COUNT, "#,##0", Figure.Kind.PERCENT, "0.0%",
                Figure.Kind.WORKING_DAYS, "0.0", Figure.Kind.MONEY, "\"£\"#,##0.00");
        formats.forEach((kind, format) -> {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            styles.put(kind, style);
        });
        return styles;
    }
}
