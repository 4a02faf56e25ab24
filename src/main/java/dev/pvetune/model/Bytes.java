package dev.pvetune.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats byte counts for people: binary units, three significant digits at most. */
public final class Bytes {
  public static final long KiB = 1024L;
  public static final long MiB = KiB * 1024;
  public static final long GiB = MiB * 1024;
  public static final long TiB = GiB * 1024;

  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

  private Bytes() {}

  public static String format(long bytes) {
    if (bytes < 0) {
      return "-" + format(-bytes);
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    int unit = 0;
    double value = bytes;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    int scale = value >= 100 ? 0 : value >= 10 ? 1 : 2;
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.toPlainString() + " " + UNITS[unit];
  }

  /** Block sizes the way ZFS people write them: 8K, 16K, 128K, 1M. */
  public static String blockSize(long bytes) {
    if (bytes >= MiB && bytes % MiB == 0) {
      return bytes / MiB + "M";
    }
    if (bytes >= KiB && bytes % KiB == 0) {
      return bytes / KiB + "K";
    }
    return bytes + "B";
  }
}
