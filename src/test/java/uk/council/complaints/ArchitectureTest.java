package uk.council.complaints;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of ADR 0001, held by the build: features depend one way (the map below is the
 * whole picture), never in a cycle; controllers never use other controllers; the journey and the
 * triage rules stay pure, so they are unit-tested without a server or a database.
 */
class ArchitectureTest {
    private static final String ROOT = "uk.council.complaints";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    /** Which feature packages each may use; shared ones (journey, cases, web, deadline) use almost nothing. */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("journey", Set.of()),
            Map.entry("deadline", Set.of()),
            Map.entry("web", Set.of()),
            Map.entry("cases", Set.of("journey", "web")),
            Map.entry("triage", Set.of("cases", "journey", "deadline", "web")),
            Map.entry("timeline", Set.of("cases", "journey", "triage", "web")),
            Map.entry("metrics", Set.of("cases", "journey", "triage", "web")),
            Map.entry("notify", Set.of("cases", "journey", "metrics", "triage", "web",
                    // telling the person about each step of a complaint (issue 10)
                    "deadline", "timeline")),
            Map.entry("staff", Set.of("journey", "deadline", "web")),
            Map.entry("youngperson", Set.of("cases", "journey", "notify", "triage", "web")),
            // intake: staff intake (issue 10) uses staff (sign-in, posts) and timeline (who entered it)
            Map.entry("intake", Set.of("cases", "evidence", "journey", "notify", "staff", "timeline", "triage", "web", "youngperson")),
            Map.entry("queue", Set.of("cases", "deadline", "journey", "staff", "timeline", "triage", "web")),
            Map.entry("casework", Set.of("cases", "deadline", "evidence", "journey", "notify", "staff", "timeline",
                    "triage", "web", "youngperson")),
            Map.entry("retention", Set.of("cases", "web")),
            Map.entry("content", Set.of("retention", "web")),
            // Evidence (issue 11): files attached to a complaint, scanned, kept with the case, downloaded by staff.
            Map.entry("evidence", Set.of("cases", "journey", "staff", "timeline", "triage", "web")),
            // issue 11: the feedback form and the managers' page
            Map.entry("feedback", Set.of("intake", "journey", "staff", "web")),
            // The annual report: figures in SQL, the page, PDF, XLSX and CSV (issue 12)
            Map.entry("report", Set.of("cases", "deadline", "journey", "staff", "triage", "web")),
            // Demo years (issue 22): planned in the seed reports' proportions, brought in through the register import
            Map.entry("demo", Set.of("deadline", "importing", "journey", "report", "staff", "web")),
            // Signed webhooks (issue 25): case events from the timeline, sent through the outbox's claims and retries
            Map.entry("webhook", Set.of("cases", "journey", "notify", "staff", "timeline", "web")),
            // Issue 25: a register kept before the portal, brought in through staff intake and the case page's steps
            // (their timeline events marked historic: timeline.HistoricRecording)
            Map.entry("importing", Set.of("api", "cases", "casework", "intake", "notify", "staff", "timeline", "web")),
            // The API for case-management systems (issue 25): its clients (admin pages use staff) and a read model of cases
            Map.entry("api", Set.of("cases", "casework", "deadline", "evidence", "journey", "staff", "timeline", "triage",
                    "web")));

    /**
     * The parts of casework (issue 21, ADR 0026), each using only the parts listed, so they never form a cycle:
     * core (a case's state, its handling row, refusals, lists and the names of its actions), stage (what the
     * stages record: Stage 1-3, escalation, the panel, extensions, decisions, linked cases), record (the Ombudsman,
     * learning actions, advocacy, letters), action (the actions' forms, guards and controllers, corrections), and
     * page (the case page: its views, answers and summary).
     */
    static final Map<String, Set<String>> CASEWORK_MAY_USE = Map.of(
            "core", Set.of(),
            "stage", Set.of("core"),
            "record", Set.of("core"),
            "action", Set.of("core", "stage", "record"),
            "page", Set.of("core", "stage", "record", "action"));
    private static final String CASEWORK = ROOT + ".casework";

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void featuresDependOnlyAsTheMapSays() {
        classes().that().resideInAPackage(ROOT + ".*..").should(useOnlyAllowedFeatures()).check(MAIN);
    }

    @Test
    void everyFeaturePackageIsOnTheMap() {
        MAIN.stream().map(ArchitectureTest::feature).filter(f -> !f.isEmpty())
                .forEach(f -> org.junit.jupiter.api.Assertions.assertTrue(MAY_USE.containsKey(f), f + " is not on the map"));
    }

    @Test
    void noCyclesBetweenCaseworkParts() {
        slices().matching(CASEWORK + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void caseworkPartsDependOnlyAsTheMapSays() {
        classes().that().resideInAPackage(CASEWORK + "..").should(useOnlyAllowedCaseworkParts()).check(MAIN);
    }

    @Test
    void everyCaseworkClassIsInAPartOnTheMap() {
        MAIN.stream().filter(c -> c.getPackageName().startsWith(CASEWORK))
                .forEach(c -> org.junit.jupiter.api.Assertions.assertTrue(CASEWORK_MAY_USE.containsKey(part(c)),
                        c.getName() + " is in no casework part on the map"));
    }

    @Test
    void controllersDoNotUseOtherControllers() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAnnotatedWith(Controller.class).check(MAIN);
    }

    @Test
    void theJourneyAndTheTriageRulesDoNoInputOrOutput() {
        noClasses().that().resideInAnyPackage(ROOT + ".journey", ROOT + ".triage")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.nio.file..",
                        "java.net..", "io.micronaut.http..", "io.micronaut.data..", "io.micronaut.jdbc..",
                        "jakarta.transaction..", "io.micronaut.transaction..")
                .orShould().dependOnClassesThat().belongToAnyOf(File.class, FileInputStream.class,
                        FileOutputStream.class, FileReader.class, FileWriter.class, RandomAccessFile.class)
                .check(MAIN);
    }

    private static ArchCondition<JavaClass> useOnlyAllowedFeatures() {
        return new ArchCondition<>("use only the feature packages ADR 0001 allows") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String from = feature(c);
                c.getDirectDependenciesFromSelf().forEach(d -> {
                    String to = feature(d.getTargetClass());
                    if (!to.isEmpty() && !to.equals(from) && !MAY_USE.getOrDefault(from, Set.of()).contains(to)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaClass> useOnlyAllowedCaseworkParts() {
        return new ArchCondition<>("use only the casework parts ADR 0026 allows") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String from = part(c);
                c.getDirectDependenciesFromSelf().forEach(d -> {
                    String to = part(d.getTargetClass());
                    if (!to.isEmpty() && !to.equals(from) && !CASEWORK_MAY_USE.getOrDefault(from, Set.of()).contains(to)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    /** The package below casework ("stage" for casework.stage), or "" outside casework. */
    private static String part(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(CASEWORK + ".")) {
            return "";
        }
        String rest = pkg.substring(CASEWORK.length() + 1);
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /** The first package below the root ("triage" for triage.store), or "" outside any feature. */
    private static String feature(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = pkg.substring(ROOT.length() + 1);
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }
}
