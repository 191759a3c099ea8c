package uk.council.complaints.importing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.ImportedCaseRepository;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class ImportRegisterHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void debug() {
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        RegisterFixture register = new RegisterFixture(1, 2019, 40, "DBG");
        try {
            java.util.List<RegisterRow> rows = RegisterReader.read("r.csv", register.csv());
            ctx.getBean(RegisterImport.class).importAll(rows, new RowImport.Importer(new uk.council.complaints.staff.StaffActor(1, "X", "x@example.org", java.util.List.of("MANAGER"), false), "file"));
        } catch (Exception e) {
            e.printStackTrace(System.out); if (e instanceof RegisterRefused r) { r.problems().forEach(System.out::println); }
        }
        FormClient.Page page = manager.upload("/staff/import", "/staff/import", "register.csv", register.csv());
        System.out.println("STATUS " + page.status() + " " + page.location());
        System.out.println(page.html().select("#problems tbody tr").eachText());
        System.out.println(page.html().select(".govuk-error-summary").text());
        System.out.println("IMPORTED " + ctx.getBean(ImportedCaseRepository.class).count());
        String csv = manager.get("/staff/reports/annual.csv?from=2019-04-01&to=2020-03-31").body();
        csv.lines().limit(60).forEach(System.out::println);
        assertEquals(1, 1);
    }
}
