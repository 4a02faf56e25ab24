package dev.pvetune.parse.host;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One row of {@code systemctl list-timers --all --no-legend}.
 *
 * @param next NEXT as printed ({@code Mon 2024-08-12 00:00:00 CEST}); empty for {@code n/a} or
 *     {@code -} (timer not scheduled)
 * @param left LEFT ({@code 4h 3min left})
 * @param last LAST run as printed; empty when it never ran
 * @param passed PASSED ({@code 19h ago})
 * @param unit the timer unit ({@code zfs-scrub-monthly@rpool.timer})
 * @param activates the unit it starts; empty when not printed
 */
public record SystemdTimer(
    Optional<String> next,
    Optional<String> left,
    Optional<String> last,
    Optional<String> passed,
    String unit,
    Optional<String> activates,
    int line) {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** NEXT as local date-time of the host (the zone abbreviation is dropped). */
  public Optional<LocalDateTime> nextLocal() {
    return next.flatMap(SystemdTimer::local);
  }

  /** LAST as local date-time of the host. */
  public Optional<LocalDateTime> lastLocal() {
    return last.flatMap(SystemdTimer::local);
  }

  /** A timer with no next elapse is inactive (disabled or never started). */
  public boolean isScheduled() {
    return next.isPresent();
  }

  private static Optional<LocalDateTime> local(String printed) {
    String[] words = printed.split(" ");
    if (words.length < 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(words[1] + " " + words[2], LOCAL));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
