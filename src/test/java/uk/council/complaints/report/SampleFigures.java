package uk.council.complaints.report;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import uk.council.complaints.web.PortalLocales;

import java.math.BigDecimal;
import java.util.List;

/**
 * Test only, until the figures (branch report) are merged: fixed tables for the pages' tests, with words in
 * reportsample/words.properties (not under i18n/, which EveryCodeHasWordsTest reads as the app's bundles).
 * A count of 3 (suppressed for publication), a bar chart, a line chart, a table
 * of several kinds of figure with no chart, and a table with no rows. Table A's complaints are 100 plus the
 * last digit of the period's first year, so this period and the previous one differ by 1.
 */
@Singleton
@Requires(property = "report.sample-figures", value = "true")
@io.micronaut.context.annotation.Replaces(SqlReportFigures.class)
public class SampleFigures implements ReportFigures {
    static final ReportTable.Column COUNT = new ReportTable.Column("count", "report.sample.count");

    @Override
    public List<ReportTable> tables(ReportPeriod period) {
        int offset = period.from().getYear() % 10;
        ReportTable a = new ReportTable("A", List.of(COUNT), List.of(
                row("complaint", Figure.count(100 + offset)),
                row("callback", Figure.count(3)),
                row("compliment", Figure.count(45)),
                row("comment", Figure.count(0)),
                row("enquiry", Figure.count(1234))), ReportTable.Chart.BAR);
        ReportTable b = new ReportTable("B", List.of(COUNT), List.of(
                row("y1", Figure.count(80)), row("y2", Figure.count(95)), row("y3", Figure.count(3)),
                row("y4", Figure.count(110)), row("y5", Figure.count(120 + offset))), ReportTable.Chart.LINE);
        ReportTable i = new ReportTable("I", List.of(
                new ReportTable.Column("onTime", "report.sample.onTime"),
                new ReportTable.Column("days", "report.sample.days")), List.of(
                row("q1", Figure.of(Figure.Kind.PERCENT, new BigDecimal("87.5")), Figure.of(Figure.Kind.WORKING_DAYS, new BigDecimal("8.75"))),
                row("q2", Figure.of(Figure.Kind.PERCENT, new BigDecimal("90.0")), Figure.of(Figure.Kind.WORKING_DAYS, null))),
                ReportTable.Chart.NONE);
        ReportTable o = new ReportTable("O", List.of(new ReportTable.Column("paid", "report.sample.paid")), List.of(
                row("payments", Figure.of(Figure.Kind.MONEY, new BigDecimal("1250.50")))), ReportTable.Chart.NONE);
        ReportTable q = new ReportTable("Q", List.of(COUNT), List.of(), ReportTable.Chart.BAR);
        return List.of(a, b, i, o, q);
    }

    private static ReportTable.Row row(String code, Figure... figures) {
        return new ReportTable.Row(code, "report.sample." + code, List.of(figures));
    }

    @Factory
    @Requires(property = "report.sample-figures", value = "true")
    static class Words {
        @Singleton
        MessageSource sampleReportWords(PortalLocales locales) {
            // Ahead of the real report words, which name the real tables differently.
            return new ResourceBundleMessageSource("reportsample.words", locales.defaultLocale()) {
                @Override
                public int getOrder() {
                    return io.micronaut.core.order.Ordered.HIGHEST_PRECEDENCE;
                }
            };
        }
    }
}
