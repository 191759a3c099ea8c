package uk.council.complaints.intake;

import uk.council.complaints.web.FormDecoding;

import java.util.List;
import java.util.Map;

/** A public form post's answers, strictly decoded (web.FormDecoding). */
final class FormBody {
    private static final int MAX_PARAMS = 200;

    private FormBody() {
    }

    static Map<String, List<String>> parse(String body) {
        return FormDecoding.parse(body, MAX_PARAMS);
    }

    static String first(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }
}
