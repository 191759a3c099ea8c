package uk.council.complaints.cases;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a case is in its life with the team, and every legal move between statuses, in one place.
 * Stored as {@link #code()} (lower case, as since the first migration); words are {@code staff.status.<code>}.
 */
public enum CaseStatus {
    NEW("new"),
    ACKNOWLEDGED("acknowledged"),
    CLOSED("closed"),
    REFUSED("refused");

    private final String code;

    CaseStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Open cases are the team's work: they can be acted on and count in the queue's "open" view. */
    public boolean isOpen() {
        return this == NEW || this == ACKNOWLEDGED;
    }

    /** The legal transitions: closed and refused are final (a Stage 2 is a new case, linked). */
    public Set<CaseStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ACKNOWLEDGED, CLOSED, REFUSED);
            case ACKNOWLEDGED -> EnumSet.of(CLOSED, REFUSED);
            case CLOSED, REFUSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus to) {
        return next().contains(to);
    }

    public static Set<CaseStatus> open() {
        return EnumSet.of(NEW, ACKNOWLEDGED);
    }

    /** SQL: this status as stored, a literal such as {@code 'new'}. */
    public String sql() {
        return "'" + code + "'";
    }

    /**
     * SQL: {@code column} holds an open status, such as {@code c.status in ('new', 'acknowledged')}: queries that mean
     * "open" use this, so a status added to {@link #open()} is open in SQL too.
     */
    public static String openSql(String column) {
        return column + " in (" + open().stream().map(CaseStatus::sql).collect(Collectors.joining(", ")) + ")";
    }

    public static CaseStatus ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown case status " + code));
    }

    /** Keeps the stored codes, so no migration was needed to type the column. */
    @Singleton
    public static class Converter implements AttributeConverter<CaseStatus, String> {
        @Override
        public String convertToPersistedValue(CaseStatus status, ConversionContext context) {
            return status == null ? null : status.code;
        }

        @Override
        public CaseStatus convertToEntityValue(String code, ConversionContext context) {
            return code == null ? null : ofCode(code);
        }
    }
}
