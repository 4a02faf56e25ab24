package dev.pvetune.parse.zfs;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times and durations as the zpool/zfs commands print them under {@code LC_ALL=C}.
 *
 * <p>The printed times are the host's local time without a zone. Parsers take a {@link ZoneId}
 * for that; callers that do not know the host's zone pass UTC and accept an offset error of a few
 * hours, which does not matter for "days since the last scrub".
 */
final class ZfsTime {
  private ZfsTime() {}

  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /** ctime(3): {@code Sun Aug  3 00:24:01 2025} (day space-padded; weekday not checked). */
  private static final Pattern CTIME =
      Pattern.compile("[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})");

  /** zfs list/get human {@code creation}: strftime {@code %a %b %e %k:%M %Y}. */
  private static final Pattern ZFS_DATE =
      Pattern.compile("[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\\d{1,2}) +(\\d{1,2}):(\\d{2}) (\\d{4})");

  /** {@code HH:MM:SS} or {@code N days HH:MM:SS} (OpenZFS 0.8 and later). */
  private static final Pattern DHMS =
      Pattern.compile("(?:(\\d+) days? )?(\\d+):(\\d{2}):(\\d{2})");

  /** {@code 0h35m} (ZoL 0.7 and older). */
  private static final Pattern HM = Pattern.compile("(\\d+)h(\\d+)m");

  /** Regex fragment matching a printed ctime, for use inside larger patterns. */
  static final String CTIME_REGEX = "[A-Z][a-z]{2} [A-Z][a-z]{2} +\\d{1,2} \\d{2}:\\d{2}:\\d{2} \\d{4}";

  /** Regex fragment matching any printed duration form. */
  static final String DURATION_REGEX = "(?:\\d+ days? )?\\d+:\\d{2}:\\d{2}|\\d+h\\d+m";

  static Optional<Instant> ctime(String text, ZoneId zone) {
    Matcher m = CTIME.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return localTime(
        m.group(6), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), zone);
  }

  static Optional<Instant> zfsDate(String text, ZoneId zone) {
    Matcher m = ZFS_DATE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return localTime(m.group(5), m.group(1), m.group(2), m.group(3), m.group(4), "00", zone);
  }

  private static Optional<Instant> localTime(
      String year, String month, String day, String hour, String minute, String second,
      ZoneId zone) {
    int monthIndex = MONTHS.indexOf(month);
    if (monthIndex < 0) {
      return Optional.empty();
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(year),
              monthIndex + 1,
              Integer.parseInt(day),
              Integer.parseInt(hour),
              Integer.parseInt(minute),
              Integer.parseInt(second));
      return Optional.of(local.atZone(zone).toInstant());
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  static Optional<Duration> duration(String text) {
    String t = text.strip();
    Matcher m = DHMS.matcher(t);
    if (m.matches()) {
      long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
      return Optional.of(
          Duration.ofDays(days)
              .plusHours(Long.parseLong(m.group(2)))
              .plusMinutes(Long.parseLong(m.group(3)))
              .plusSeconds(Long.parseLong(m.group(4))));
    }
    m = HM.matcher(t);
    if (m.matches()) {
      return Optional.of(
          Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2))));
    }
    return Optional.empty();
  }
}
