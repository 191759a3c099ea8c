package uk.council.complaints.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * England and Wales bank holidays: the published list from the bank holidays file, and the usual
 * rules for years the file does not list. A year with any date in the file uses only the file,
 * so that one-off holidays and moved days there are never second-guessed by the rules.
 */
public final class BankHolidays {

    static final String CLASSPATH_RESOURCE = "deadline/bank-holidays-england-and-wales.csv";

    private final Map<Integer, Set<LocalDate>> listedByYear;
    private final Map<Integer, Set<LocalDate>> computedByYear = new ConcurrentHashMap<>();

    private BankHolidays(Collection<LocalDate> listedHolidays) {
        this.listedByYear = listedHolidays.stream().collect(Collectors.groupingBy(
                LocalDate::getYear,
                Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), Collections::unmodifiableSet)));
    }

    /** The list that ships with the portal. */
    public static BankHolidays fromClasspath() {
        String source = "classpath:" + CLASSPATH_RESOURCE;
        try (InputStream in = BankHolidays.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(source + " is missing from the build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new BankHolidays(BankHolidaysCsv.parse(text.lines().toList(), source));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source, e);
        }
    }

    /** A council's own copy of the list, so it can be updated without rebuilding the portal. */
    public static BankHolidays fromFile(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return new BankHolidays(BankHolidaysCsv.parse(lines, file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bank holidays file " + file, e);
        }
    }

    /** Exactly these holidays for the years they fall in, and the rules for every other year. */
    public static BankHolidays of(Collection<LocalDate> listedHolidays) {
        return new BankHolidays(listedHolidays);
    }

    public boolean isBankHoliday(LocalDate date) {
        return inYear(date.getYear()).contains(date);
    }

    /** The year's bank holidays in date order. */
    public Set<LocalDate> inYear(int year) {
        Set<LocalDate> listed = listedByYear.get(year);
        if (listed != null) {
            return listed;
        }
        return computedByYear.computeIfAbsent(year,
                y -> Collections.unmodifiableSet(new TreeSet<>(EnglandAndWalesHolidayRules.forYear(y))));
    }

    /** Whether the year comes from the file (true) or from the rules (false). */
    public boolean isListedInFile(int year) {
        return listedByYear.containsKey(year);
    }
}
