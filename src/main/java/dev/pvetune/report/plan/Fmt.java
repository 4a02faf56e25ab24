package dev.pvetune.report.plan;

import dev.pvetune.zfs.Bytes;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by the plan renderers. */
final class Fmt {
  private Fmt() {}

  /** 56730075529216 → "56,730,075,529,216". */
  static String bytes(long b) {
    String digits = Long.toString(Math.abs(b));
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (b < 0) {
      sb.append('-');
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  /** Exact bytes in TiB with two decimals: "51.60 TiB". */
  static String tib(long b) {
    return scaled(b, Bytes.TiB, 2) + " TiB";
  }

  /** The largest binary unit that keeps the value at or above 1: "116.63 GiB", "4.00 KiB". */
  static String binary(long b) {
    long abs = Math.abs(b);
    if (abs >= Bytes.TiB) {
      return scaled(b, Bytes.TiB, 2) + " TiB";
    }
    if (abs >= Bytes.GiB) {
      return scaled(b, Bytes.GiB, 2) + " GiB";
    }
    if (abs >= Bytes.MiB) {
      return scaled(b, Bytes.MiB, 2) + " MiB";
    }
    if (abs >= Bytes.KiB) {
      return scaled(b, Bytes.KiB, 2) + " KiB";
    }
    return b + " B";
  }

  /** Like {@link #binary} but without decimals when the value is a whole number of its unit. */
  static String binaryRound(long b) {
    for (long unit : new long[] {Bytes.TiB, Bytes.GiB, Bytes.MiB, Bytes.KiB}) {
      if (Math.abs(b) >= unit) {
        return b % unit == 0 ? b / unit + " " + unitName(unit) : binary(b);
      }
    }
    return b + " B";
  }

  private static String unitName(long unit) {
    return unit == Bytes.TiB ? "TiB" : unit == Bytes.GiB ? "GiB" : unit == Bytes.MiB ? "MiB" : "KiB";
  }

  /** A share of a whole, with "<0.1%" for what would print as 0.0%. */
  static String share(long part, long whole) {
    if (part > 0 && part * 1000 < whole) {
      return "<0.1%";
    }
    return percent((double) part / whole);
  }

  /** Block sizes as ZFS prints them: 512, 4K, 128K, 1M. */
  static String block(long b) {
    if (b >= Bytes.MiB && b % Bytes.MiB == 0) {
      return b / Bytes.MiB + "M";
    }
    if (b >= Bytes.KiB && b % Bytes.KiB == 0) {
      return b / Bytes.KiB + "K";
    }
    return Long.toString(b);
  }

  static String percent(double fraction) {
    return ratio(fraction * 100, 1) + "%";
  }

  static String times(double factor) {
    return ratio(factor, 2) + "×";
  }

  static String ratio(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  static String scaled(long b, long unit, int decimals) {
    return BigDecimal.valueOf(b)
        .divide(BigDecimal.valueOf(unit), decimals, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  static String count(long n) {
    return bytes(n);
  }

  static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
