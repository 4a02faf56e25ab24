package dev.pvetune.zfs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenZFS (or ZFS on Linux) release. Only major.minor.patch matter to the space rules; a
 * fourth component (0.6.5.11) and distribution suffixes (2.2.2-pve1) are accepted and dropped.
 */
public record ZfsVersion(int major, int minor, int patch) implements Comparable<ZfsVersion> {
  /** The newest release the model was checked against (libzpool measurements in the oracle). */
  public static final ZfsVersion CURRENT = new ZfsVersion(2, 4, 4);

  private static final Pattern SYNTAX =
      Pattern.compile("(?:zfs-(?:kmod-)?)?(\\d{1,3})\\.(\\d{1,3})(?:\\.(\\d{1,3}))?(?:\\.\\d{1,3})?(?:[-~+].*)?");

  public ZfsVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version components must not be negative");
    }
  }

  public static ZfsVersion of(int major, int minor, int patch) {
    return new ZfsVersion(major, minor, patch);
  }

  /** Parses "2.4.4", "2.1", "0.6.5.11", "zfs-2.2.2-pve1" or "zfs-kmod-2.3.3-pve1". */
  public static ZfsVersion parse(String text) {
    Matcher m = SYNTAX.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an OpenZFS version; write it like 2.4.4, 2.1 or 0.8.6");
    }
    int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new ZfsVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch);
  }

  public boolean atLeast(int major, int minor, int patch) {
    return compareTo(new ZfsVersion(major, minor, patch)) >= 0;
  }

  public boolean before(int major, int minor, int patch) {
    return !atLeast(major, minor, patch);
  }

  @Override
  public int compareTo(ZfsVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
