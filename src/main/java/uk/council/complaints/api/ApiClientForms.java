package uk.council.complaints.api;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.web.Messages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The API-clients pages' fields, checks and rows (all words from i18n/api.properties). */
@Singleton
class ApiClientForms {
    /** How long a new client's token is valid: the admin chooses one (a token that never expires is not offered). */
    static final List<String> EXPIRIES = List.of("30", "90", "365");
    static final int NAME_MAX = 100;
    private final Messages msg;
    private final ApiClients clients;

    ApiClientForms(Messages msg, ApiClients clients) {
        this.msg = msg;
        this.clients = clients;
    }

    /** One client as the pages show it. */
    record Row(long id, String name, List<String> scopes, String created, String expires, String status,
               String statusCode, long calls) {
    }

    record Line(String key, List<String> lines) {
    }

    static Optional<Duration> validity(String days) {
        return EXPIRIES.contains(days) ? Optional.of(Duration.ofDays(Long.parseLong(days))) : Optional.empty();
    }

    Map<String, String> problems(StaffForm form) {
        Map<String, String> errors = new HashMap<>();
        String name = form.get("name").strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            errors.put("name", msg.get("api.clients.error.name", NAME_MAX));
        }
        List<String> scopes = form.all("scopes");
        if (scopes.isEmpty() || scopes.stream().anyMatch(s -> ApiScope.ofCode(s).isEmpty())) {
            errors.put("scopes", msg.get("api.clients.error.scopes"));
        }
        if (validity(form.get("expiry")).isEmpty()) {
            errors.put("expiry", msg.get("api.clients.error.expiry"));
        }
        return errors;
    }

    Map<String, Object> newModel(StaffForm form, Map<String, String> errors) {
        List<String> chosen = form.all("scopes");
        List<FieldView> fields = List.of(
                FieldView.text("name", msg.get("api.clients.name"), msg.get("api.clients.name.hint"), NAME_MAX,
                        form.get("name"), errors.get("name")),
                FieldView.choices("scopes", true, msg.get("api.clients.scopes"), msg.get("api.clients.scopes.hint"),
                        Arrays.stream(ApiScope.values()).map(s -> new FieldView.Option(s.code(), scopeWords(s.code()),
                                msg.get("api.scope." + s.code() + ".hint"), chosen.contains(s.code()))).toList(),
                        errors.get("scopes")),
                FieldView.choices("expiry", false, msg.get("api.clients.expiry"), null, EXPIRIES.stream()
                        .map(d -> new FieldView.Option(d, msg.get("api.clients.expiry." + d), null,
                                d.equals(form.get("expiry")))).toList(), errors.get("expiry")));
        List<Map<String, String>> summary = new ArrayList<>();
        fields.stream().filter(FieldView::hasError).forEach(f -> summary.add(Map.of("href", "#" + f.id(), "text", f.error())));
        return Map.of("fields", fields, "errors", summary);
    }

    Row row(ApiClient c, long calls) {
        String status = c.status(clients.now());
        return new Row(c.id(), c.name(), c.scopeSet().stream().map(s -> scopeWords(s.code())).toList(),
                msg.time(c.createdAt()), msg.time(c.expiresAt()), msg.get("api.clients.status." + status), status, calls);
    }

    List<Line> details(ApiClient c) {
        List<Line> rows = new ArrayList<>(List.of(
                new Line(msg.get("api.clients.scopes"), c.scopeSet().stream().map(s -> scopeWords(s.code())).toList()),
                new Line(msg.get("api.clients.status"), List.of(msg.get("api.clients.status." + c.status(clients.now())))),
                new Line(msg.get("api.clients.created"), List.of(msg.time(c.createdAt()) + " " + msg.get("api.clients.by", c.createdBy()))),
                new Line(msg.get("api.clients.expires"), List.of(msg.time(c.expiresAt())))));
        optionalLine(rows, "api.clients.rotated", c.rotatedAt());
        optionalLine(rows, "api.clients.revoked", c.revokedAt());
        return rows;
    }

    List<List<String>> calls(List<ApiCall> calls) {
        return calls.stream().map(c -> List.of(msg.time(c.calledAt()), c.method() + " " + c.path(),
                Integer.toString(c.status()))).toList();
    }

    private void optionalLine(List<Line> rows, String key, @Nullable java.time.Instant at) {
        if (at != null) {
            rows.add(new Line(msg.get(key), List.of(msg.time(at))));
        }
    }

    private String scopeWords(String code) {
        return msg.get("api.scope." + code);
    }
}
