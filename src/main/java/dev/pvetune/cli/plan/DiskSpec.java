package dev.pvetune.cli.plan;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --disks 8x10TB}: how many disks and, optionally, their vendor size. */
record DiskSpec(int count, OptionalLong bytes) {
  private static final Pattern SYNTAX = Pattern.compile("(\\d{1,4})(?:\\s*[x×*]\\s*(.+))?", Pattern.CASE_INSENSITIVE);

  static DiskSpec parse(String text) {
    Matcher m = SYNTAX.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "--disks '" + text + "' should be COUNTxSIZE, like 8x10TB or 6x3.84TB (or just a count with --partition-bytes)");
    }
    int count = Integer.parseInt(m.group(1));
    if (count < 1 || count > 1024) {
      throw new IllegalArgumentException("--disks: the disk count must be 1 to 1024, got " + count);
    }
    return new DiskSpec(
        count, m.group(2) == null ? OptionalLong.empty() : OptionalLong.of(SizeParser.storage(m.group(2))));
  }
}
