package uk.council.complaints.api;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's read of the tables casework writes (handling, decisions, panels, pauses...): rows as JSON objects whose
 * members are the columns in camelCase, dates and times in ISO 8601, nulls left out. Read only: casework owns them.
 */
@Singleton
class RecordRows {
    private final JdbcOperations jdbc;

    RecordRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> all(String sql, Object... args) {
        return jdbc.prepareStatement(sql, st -> {
            CaseChanges.bind(st, List.of(args));
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = value(rs, i, meta.getColumnType(i));
                        if (value != null) {
                            row.put(camel(meta.getColumnLabel(i)), value);
                        }
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    Map<String, Object> one(String sql, Object... args) {
        List<Map<String, Object>> rows = all(sql, args);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        return switch (type) {
            case java.sql.Types.DATE -> {
                var d = rs.getObject(i, java.time.LocalDate.class);
                yield d == null ? null : d.toString();
            }
            case java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.TIMESTAMP -> {
                OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
                yield at == null ? null : at.toInstant().toString();
            }
            default -> {
                Object v = rs.getObject(i);
                yield v instanceof Timestamp t ? t.toInstant().toString() : v;
            }
        };
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
