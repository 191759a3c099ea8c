package uk.council.complaints.intake;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Decodes a form post with every value of repeated names (ticked checkboxes), which Micronaut's
 * body binding does not keep for url-encoded forms (micronaut-core#9902).
 */
final class FormBody {
    private static final int MAX_PARAMS = 200;

    private FormBody() {
    }

    static Map<String, List<String>> parse(String body) {
        if (body == null || body.isEmpty()) {
            return Map.of();
        }
        return new QueryStringDecoder(body, StandardCharsets.UTF_8, false, MAX_PARAMS).parameters();
    }

    static String first(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }
}
