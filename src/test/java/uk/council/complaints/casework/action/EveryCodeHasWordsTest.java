package uk.council.complaints.casework.action;

import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseCodes;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.Options;
import uk.council.complaints.journey.Step;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every code a step, a staff form or a stored case can hold, and every status, event, kind, queue,
 * priority, flag, role and action, has its words in every language's bundles. The keys are built by
 * joining a prefix and a code, so a missing one is found here, not by a person reading a raw key.
 */
class EveryCodeHasWordsTest {

    static Set<String> requiredKeys() {
        Set<String> keys = new TreeSet<>();
        CaseCodes.all().forEach((question, codes) -> codes.forEach(c -> keys.add(CaseCodes.labelKey(question, c))));
        for (Step step : Step.values()) {
            for (Field f : step.fields()) {
                keys.add("field." + f.name() + ".label");
                f.options().forEach(o -> keys.add(Field.optionKey(f.name(), o)));
                if (f.required()) keys.add("error." + f.name() + ".required");
                if (!f.options().isEmpty()) keys.add("error." + f.name() + ".invalid");
                if (f.maxLength() > 0 && f.kind() != FieldKind.NUMBER) keys.add("error." + f.name() + ".tooLong");
            }
        }
        for (StaffChoices list : StaffChoices.values()) {
            list.codes().forEach(c -> keys.add(list.labelKey(c)));
        }
        Arrays.stream(CaseStatus.values()).forEach(s -> keys.add("staff.status." + s.code()));
        Arrays.stream(CaseEventType.values()).forEach(t -> keys.add("staff.event." + t.code()));
        Arrays.stream(SubmissionKind.values()).forEach(k -> {
            keys.add("staff.kind." + k);
            keys.add("notify.kind." + k);
            keys.add("triage.kind." + k.name().toLowerCase(Locale.ROOT));
        });
        Arrays.stream(Queue.values()).forEach(q -> keys.add("notify.queue." + q));
        Arrays.stream(Priority.values()).forEach(p -> keys.add("notify.priority." + p));
        Arrays.stream(Flag.values()).forEach(f -> keys.add("staff.flag." + f));
        Options.ROLES.forEach(r -> keys.add("triage.role." + r));
        Options.SERVICES.forEach(s -> keys.add("triage.service." + s));
        Options.ACCESS_NEEDS.forEach(n -> keys.add("triage.need." + n));
        Arrays.stream(StaffRole.values()).forEach(r -> keys.add("staff.role." + r.code()));
        Arrays.stream(CaseActions.values()).forEach(a -> keys.add("staff.action." + a.slug()));
        // Issue 10: how a case arrived, who gave feedback, the natures configured in application.yml.
        uk.council.complaints.cases.HowReceived.ALL.forEach(v -> keys.add(uk.council.complaints.cases.HowReceived.viaKey(v)));
        uk.council.complaints.cases.HowReceived.FEEDBACK_GIVERS.forEach(g -> keys.add(uk.council.complaints.cases.HowReceived.giverKey(g)));
        // Issue 21: every kind of enquiry, "not recorded" among them
        uk.council.complaints.cases.EnquiryKinds.ALL.forEach(k -> keys.add(uk.council.complaints.cases.EnquiryKinds.labelKey(k)));
        configuredNatures().forEach(n -> keys.add(uk.council.complaints.cases.Natures.labelKey(n)));
        // issue 10: the steps the person is told about, the emails, the Ombudsman's codes, the leaflet recorded by staff
        Arrays.stream(uk.council.complaints.notify.PersonStep.values()).forEach(s -> {
            keys.add("notify.person." + s.code() + ".subject");
            keys.add("notify.person." + s.code() + ".happened");
            keys.add("staff.letter.step." + s.code());
        });
        Arrays.stream(uk.council.complaints.notify.EmailPurpose.values()).forEach(p -> keys.add("staff.email.purpose." + p.code()));
        RecordForms.DECISIONS.forEach(d -> keys.add("staff.record.decision." + d));
        RecordForms.FAULTS.forEach(f -> keys.add("staff.record.fault." + f));
        Arrays.stream(uk.council.complaints.youngperson.LeafletEvent.Type.values())
                .forEach(t -> keys.add("staff.leaflet." + t.name().toLowerCase(Locale.ROOT)));
        return keys;
    }

    /** portal.natures and (issue 21) portal.corporate.natures as application.yml ships them. */
    @SuppressWarnings("unchecked")
    static List<String> configuredNatures() {
        try (var in = EveryCodeHasWordsTest.class.getResourceAsStream("/application.yml")) {
            Map<String, Object> portal = (Map<String, Object>) new org.yaml.snakeyaml.Yaml().<Map<String, Object>>load(in).get("portal");
            List<String> natures = new java.util.ArrayList<>((List<String>) portal.get("natures"));
            natures.addAll((List<String>) ((Map<String, Object>) portal.get("corporate")).get("natures"));
            return natures;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyCodeHasItsWordsInEveryLanguage() {
        Map<String, Set<String>> byLanguage = bundleKeysByLanguage();
        for (Map.Entry<String, Set<String>> language : byLanguage.entrySet()) {
            List<String> missing = requiredKeys().stream().filter(k -> !language.getValue().contains(k)).toList();
            assertEquals(List.of(), missing, "keys with no words in the " + language.getKey() + " bundles");
        }
    }

    @Test
    void aYoungPersonReachedThroughAHelperHasWords() {
        assertEquals(true, requiredKeys().contains("field.preferredContact.option.helper"));
    }

    /** "" for the default bundles (messages.properties...), else each suffix (messages_cy.properties gives "cy"). */
    static Map<String, Set<String>> bundleKeysByLanguage() {
        Map<String, Set<String>> keys = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of(EveryCodeHasWordsTest.class.getResource("/i18n").toURI()))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                String name = file.getFileName().toString().replace(".properties", "");
                String language = name.contains("_") ? name.substring(name.indexOf('_') + 1) : "default";
                keys.computeIfAbsent(language, l -> new HashSet<>()).addAll(load(file).stringPropertyNames());
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
