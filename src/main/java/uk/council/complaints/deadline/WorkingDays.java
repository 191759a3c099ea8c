package uk.council.complaints.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Counts working days (Monday to Friday, not a bank holiday) for complaint deadlines.
 * Pure: all it knows about holidays comes from the {@link BankHolidays} it is given.
 */
public final class WorkingDays {

    private final BankHolidays bankHolidays;

    public WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(date);
    }

    /**
     * The day that is {@code days} working days after {@code start}. The start day is never counted,
     * so a complaint received on a Saturday has the following Monday (if working) as working day 1.
     * Zero days gives {@code start} itself.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, was " + days);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}. Negative when {@code to} is
     * before {@code from} (so a deadline already passed shows as overdue), zero when they are equal.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
