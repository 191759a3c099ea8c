package uk.council.complaints.report;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Every table of DESIGN section 7, A to R and the corporate Code's table, each from one or two aggregate
 * queries over the period's cases (by received_on, the UK date the case was received): about 30 queries a
 * report, none loading cases into Java.
 */
@Singleton
class SqlReportFigures implements ReportFigures {
    private final VolumeTables volume;
    private final IssueTables issues;
    private final Timescales timescales;
    private final TimescaleTables times;
    private final RecordTables record;
    private final OutcomeTables outcomes;
    private final OmbudsmanTable ombudsman;
    private final RequestTables requests;

    SqlReportFigures(VolumeTables volume, IssueTables issues, Timescales timescales, TimescaleTables times,
                     RecordTables record, OutcomeTables outcomes, OmbudsmanTable ombudsman, RequestTables requests) {
        this.volume = volume;
        this.issues = issues;
        this.timescales = timescales;
        this.times = times;
        this.record = record;
        this.outcomes = outcomes;
        this.ombudsman = ombudsman;
        this.requests = requests;
    }

    @Override
    @Transactional
    public List<ReportTable> tables(ReportPeriod p) {
        List<Timescales.Cell> cells = timescales.cells(p);
        ReportTable a = volume.a(p);
        List<ReportTable> tables = new ArrayList<>(List.of(a, RequestTables.aRequests(a), volume.aEnquiries(p), volume.b(p), volume.trend(p), volume.c(p), requests.cRequests(p),
                volume.d(p), volume.e(p), issues.f(p), issues.fFindings(p), issues.g(p), issues.h(p), issues.hIssues(p),
                times.i(cells), times.quarters(cells), times.j(cells), times.jLimits(p), record.k(p), record.l(p), ombudsman.m(p)));
        tables.addAll(record.equality(p));
        tables.addAll(List.of(outcomes.o(p), outcomes.oFindings(p), outcomes.payments(p), outcomes.p(p), outcomes.q(p), outcomes.r(p),
                outcomes.corporate(p, cells)));
        return List.copyOf(tables);
    }
}
