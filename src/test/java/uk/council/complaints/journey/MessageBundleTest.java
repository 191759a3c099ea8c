package uk.council.complaints.journey;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every question, option and error the server can produce has its words in the bundle. */
class MessageBundleTest {
    private final List<ResourceBundle> bundles = List.of(ResourceBundle.getBundle("i18n.messages", Locale.UK),
            ResourceBundle.getBundle("i18n.youngperson", Locale.UK));

    @Test
    void everyFieldHasALabelAndEveryOptionAText() {
        List<String> missing = new ArrayList<>();
        for (Step step : Step.values()) {
            if (step.fields().size() > 1) {
                require("step." + step.slug() + ".title", missing);
            }
            for (Field f : step.fields()) {
                require("field." + f.name() + ".label", missing);
                f.options().forEach(o -> require("field." + f.name() + ".option." + o, missing));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyErrorAFieldCanHaveHasAMessage() {
        List<String> missing = new ArrayList<>();
        for (Step step : Step.values()) {
            for (Field f : step.fields()) {
                String base = "error." + f.name() + ".";
                if (f.required()) {
                    require(base + "required", missing);
                }
                switch (f.kind()) {
                    case RADIOS, CHECKBOXES -> require(base + "invalid", missing);
                    case DATE -> List.of("missingDay", "missingMonth", "missingYear", "invalid", "future")
                            .forEach(c -> require(base + c, missing));
                    default -> {
                        require(base + "tooLong", missing);
                        require(base + "invalid", missing);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private void require(String key, List<String> missing) {
        if (bundles.stream().noneMatch(b -> b.containsKey(key))) {
            missing.add(key);
        }
    }
}
