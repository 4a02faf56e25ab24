package dev.pvetune.parse.host;

import java.util.List;
import java.util.Optional;

/**
 * One job line of a crontab.
 *
 * @param special {@code @reboot}, {@code @daily}, {@code @monthly} ... when used instead of the
 *     five time fields
 * @param timeFields minute, hour, day of month, month, day of week; empty with {@code special}
 * @param user the user column of system crontabs ({@code /etc/crontab}, {@code /etc/cron.d});
 *     empty in a user's crontab
 * @param command the rest of the line, unchanged ({@code %} and {@code \%} kept as written)
 */
public record CronEntry(
    Optional<String> special,
    List<String> timeFields,
    Optional<String> user,
    String command,
    int line) {

  public CronEntry {
    timeFields = List.copyOf(timeFields);
  }

  /** The schedule as written: {@code 24 0 1-7 * *} or {@code @monthly}. */
  public String schedule() {
    return special.orElseGet(() -> String.join(" ", timeFields));
  }
}
