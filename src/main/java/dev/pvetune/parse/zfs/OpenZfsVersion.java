package dev.pvetune.parse.zfs;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenZFS release: {@code 2.2.7} plus the packaging suffix ({@code pve1}, {@code
 * 1ubuntu6~22.04.2}, {@code rc5}).
 *
 * <p>Ordered by major, minor, patch; at equal numbers a release candidate ({@code rcN}) comes
 * before the release, other suffixes compare as text (they only tell packaging rebuilds apart).
 */
public record OpenZfsVersion(int major, int minor, int patch, String suffix, String raw)
    implements Comparable<OpenZfsVersion> {

  private static final Pattern VERSION =
      Pattern.compile("(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?(?:[-_](\\S+))?");
  private static final Pattern RC = Pattern.compile("rc(\\d+)");

  private static final Comparator<OpenZfsVersion> ORDER =
      Comparator.comparingInt(OpenZfsVersion::major)
          .thenComparingInt(OpenZfsVersion::minor)
          .thenComparingInt(OpenZfsVersion::patch)
          .thenComparing(OpenZfsVersion::suffixRank);

  /** Reads {@code 2.2.7-pve1}; empty when the text is not a version. */
  public static Optional<OpenZfsVersion> parse(String text) {
    Matcher m = VERSION.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new OpenZfsVersion(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
            m.group(4) == null ? "" : m.group(4),
            text.strip()));
  }

  /** True for this release or a later one: {@code isAtLeast(2, 3)}. */
  public boolean isAtLeast(int major, int minor) {
    return this.major > major || (this.major == major && this.minor >= minor);
  }

  @Override
  public int compareTo(OpenZfsVersion other) {
    return ORDER.compare(this, other);
  }

  private String suffixRank() {
    Matcher rc = RC.matcher(suffix);
    if (rc.matches()) {
      return "0" + String.format("%09d", Long.parseLong(rc.group(1)));
    }
    return "1" + suffix;
  }
}
