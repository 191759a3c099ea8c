package uk.council.complaints.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.web.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Everything the report's page, PDF and spreadsheet show for a period: its tables beside the previous
 * period's, and the narrative sections. Small counts are hidden whenever {@code publication} is set.
 */
@Singleton
class ReportPage {
    private final ReportFigures figures;
    private final ReportView view;
    private final Narratives narratives;
    private final NarrativeForm narrativeForm;
    private final Messages msg;
    private final ExecutorService background;

    ReportPage(ReportFigures figures, ReportView view, Narratives narratives,
               NarrativeForm narrativeForm, Messages msg, @Named("report") ExecutorService background) {
        this.figures = figures;
        this.background = background;
        this.view = view;
        this.narratives = narratives;
        this.narrativeForm = narrativeForm;
        this.msg = msg;
    }

    /** The report for a period; {@code typed} and {@code errors}, when given, are a narrative form sent back. */
    Map<String, Object> model(ReportPeriod period, boolean forPublication, boolean images,
                              @Nullable Map<String, String> typed, Map<String, String> errors) {
        // The two periods' queries run side by side on two connections: the database has more than one core. The previous
        // period's runs on the report's own executor (micronaut.executors.report), never on the I/O pool this page runs on:
        // with a bounded pool, pages waiting on work queued behind themselves would never finish (ADR 0032).
        CompletableFuture<List<ReportTable>> previous =
                CompletableFuture.supplyAsync(() -> figures.tables(period.previous()), background);
        List<ReportTable> now = figures.tables(period);
        List<ReportTable> before = previous.join();
        if (forPublication) {
            now = Suppression.apply(now);
            before = Suppression.apply(before);
        }
        Map<String, Narratives.Narrative> saved = narratives.find(period);
        Map<String, Object> model = new HashMap<>();
        model.put("period", period);
        model.put("periodText", text(period));
        model.put("previousText", text(period.previous()));
        model.put("publication", forPublication);
        model.put("query", "from=" + period.from() + "&to=" + period.to());
        model.put("tables", view.tables(now, before, images));
        model.put("sections", narrativeForm.sections(saved));
        List<FieldView> fields = narrativeForm.fields(typed == null ? NarrativeForm.values(saved) : typed, errors);
        model.put("narrativeFields", fields);
        model.put("narrativeErrors", fields.stream().filter(FieldView::hasError)
                .map(f -> Map.of("href", "#" + f.id(), "text", f.error())).toList());
        return model;
    }

    String text(ReportPeriod p) {
        return msg.get("report.period.range", msg.date(p.from(), "date"), msg.date(p.to(), "date"));
    }
}
