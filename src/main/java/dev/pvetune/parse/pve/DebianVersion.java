package dev.pvetune.parse.pve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Debian package version {@code [epoch:]upstream[-revision]} ordered the way dpkg orders
 * versions: {@code 2.2.3-pve2 < 2.2.10-pve1}, {@code 8.1.5-5 < 8.1.10}, {@code 1.0~rc1 < 1.0}, any
 * epoch beats no epoch.
 */
public record DebianVersion(String text, long epoch, String upstream, String revision)
    implements Comparable<DebianVersion> {

  private static final Pattern SHAPE =
      Pattern.compile("(?:(\\d{1,9}):)?([0-9][A-Za-z0-9.+~:\\-]*?)(?:-([A-Za-z0-9.+~]+))?");

  /** Reads a version; empty if the text is not one (e.g. {@code not correctly installed}). */
  public static Optional<DebianVersion> parse(String text) {
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    long epoch = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    String revision = m.group(3) == null ? "" : m.group(3);
    return Optional.of(new DebianVersion(text, epoch, m.group(2), revision));
  }

  /** Reads a version that must be valid (for constants in code and tests). */
  public static DebianVersion of(String text) {
    return parse(text)
        .orElseThrow(() -> new IllegalArgumentException("not a Debian version: " + text));
  }

  @Override
  public int compareTo(DebianVersion other) {
    int c = Long.compare(epoch, other.epoch);
    if (c != 0) {
      return c;
    }
    c = compareParts(upstream, other.upstream);
    return c != 0 ? c : compareParts(revision, other.revision);
  }

  public boolean isAtLeast(DebianVersion other) {
    return compareTo(other) >= 0;
  }

  public boolean isAtLeast(String other) {
    return isAtLeast(of(other));
  }

  @Override
  public String toString() {
    return text;
  }

  /** dpkg's {@code verrevcmp}: alternating non-digit and digit runs. */
  private static int compareParts(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() || j < b.length()) {
      while ((i < a.length() && !isDigit(a.charAt(i)))
          || (j < b.length() && !isDigit(b.charAt(j)))) {
        int ac = order(a, i);
        int bc = order(b, j);
        if (ac != bc) {
          return Integer.compare(ac, bc);
        }
        i++;
        j++;
      }
      while (i < a.length() && a.charAt(i) == '0') {
        i++;
      }
      while (j < b.length() && b.charAt(j) == '0') {
        j++;
      }
      int firstDiff = 0;
      while (i < a.length() && j < b.length() && isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
        if (firstDiff == 0) {
          firstDiff = a.charAt(i) - b.charAt(j);
        }
        i++;
        j++;
      }
      if (i < a.length() && isDigit(a.charAt(i))) {
        return 1;
      }
      if (j < b.length() && isDigit(b.charAt(j))) {
        return -1;
      }
      if (firstDiff != 0) {
        return Integer.signum(firstDiff);
      }
    }
    return 0;
  }

  private static int order(String s, int i) {
    if (i >= s.length()) {
      return 0;
    }
    char c = s.charAt(i);
    if (isDigit(c)) {
      return 0;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return c;
    }
    return c == '~' ? -1 : c + 256;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
