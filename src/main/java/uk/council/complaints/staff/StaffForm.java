package uk.council.complaints.staff;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A staff form post, decoded with every value of repeated names (ticked checkboxes). */
public record StaffForm(Map<String, List<String>> values) {
    private static final int MAX_PARAMS = 100;

    static StaffForm parse(String body) {
        if (body == null || body.isEmpty()) {
            return new StaffForm(Map.of());
        }
        return new StaffForm(new QueryStringDecoder(body, StandardCharsets.UTF_8, false, MAX_PARAMS).parameters());
    }

    /** The first value, stripped; empty when not sent. */
    public String get(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0).strip();
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(s -> !s.isBlank()).distinct().toList();
    }
}
