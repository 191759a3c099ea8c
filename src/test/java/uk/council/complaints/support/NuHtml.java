package uk.council.complaints.support;

import com.microsoft.playwright.Page;
import nu.validator.client.EmbeddedValidator;

import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Nu Html Checker (the W3C's HTML validator, {@code nu.validator:validator}) beside axe (issue 27): every page
 * the browser tests scan with axe ({@link Axe}, the staff pages' StaffAxe) is validated in-process, so duplicate ids
 * and invalid markup fail the test, naming the page, the line and the checker's message. Only errors count; the
 * checker's "info" messages (warnings) do not.
 */
public final class NuHtml {
    private static EmbeddedValidator validator;

    private NuHtml() {
    }

    /** Validates the page's document as it is now (doctype and all), failing the test on any error. */
    public static void check(Page page, String pageName, String state) {
        List<String> errors = errors(page.content());
        if (!errors.isEmpty()) {
            fail(errors.size() + " HTML error(s) (Nu Html Checker) on \"" + pageName + "\" (" + state + ") at "
                    + URI.create(page.url()).getRawPath() + ":\n" + String.join("\n", errors));
        }
    }

    /** The checker's errors for this document, each as "line N: message [extract]"; empty when it is valid. */
    public static synchronized List<String> errors(String html) {
        try {
            String json = validator().validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                JsonObject result = reader.readObject();
                return result.getJsonArray("messages").stream().map(JsonValue::asJsonObject)
                        .filter(m -> "error".equals(m.getString("type", "")) || "non-document-error".equals(m.getString("type", "")))
                        .map(m -> "- line " + m.getInt("lastLine", 0) + ": " + m.getString("message", "")
                                + " [" + m.getString("extract", "").strip().replaceAll("\\s+", " ") + "]")
                        .collect(Collectors.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException("the Nu Html Checker could not read the page", e);
        }
    }

    private static EmbeddedValidator validator() {
        if (validator == null) {
            EmbeddedValidator v = new EmbeddedValidator();
            v.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
            v.setNoLangDetect(true); // the language is en-GB by its lang attribute; no guessing from short texts
            validator = v;
        }
        return validator;
    }
}
