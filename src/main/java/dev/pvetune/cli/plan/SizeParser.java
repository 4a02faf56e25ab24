package dev.pvetune.cli.plan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as people write them. Disks and pools use vendor units: TB/GB are decimal, TiB/GiB
 * binary, and a bare number is bytes; "T" alone is refused as ambiguous. Memory is always binary
 * (64G = 64GB = 64GiB), as /proc/meminfo and the Proxmox GUI count it.
 */
final class SizeParser {
  private static final Pattern SYNTAX = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]*)");

  private static final Map<String, BigInteger> STORAGE_UNITS =
      Map.ofEntries(
          Map.entry("", BigInteger.ONE),
          Map.entry("b", BigInteger.ONE),
          Map.entry("kb", BigInteger.TEN.pow(3)),
          Map.entry("mb", BigInteger.TEN.pow(6)),
          Map.entry("gb", BigInteger.TEN.pow(9)),
          Map.entry("tb", BigInteger.TEN.pow(12)),
          Map.entry("pb", BigInteger.TEN.pow(15)),
          Map.entry("kib", BigInteger.TWO.pow(10)),
          Map.entry("mib", BigInteger.TWO.pow(20)),
          Map.entry("gib", BigInteger.TWO.pow(30)),
          Map.entry("tib", BigInteger.TWO.pow(40)),
          Map.entry("pib", BigInteger.TWO.pow(50)));

  private static final Map<String, BigInteger> MEMORY_UNITS =
      Map.ofEntries(
          Map.entry("", BigInteger.ONE),
          Map.entry("b", BigInteger.ONE),
          Map.entry("k", BigInteger.TWO.pow(10)),
          Map.entry("kb", BigInteger.TWO.pow(10)),
          Map.entry("kib", BigInteger.TWO.pow(10)),
          Map.entry("m", BigInteger.TWO.pow(20)),
          Map.entry("mb", BigInteger.TWO.pow(20)),
          Map.entry("mib", BigInteger.TWO.pow(20)),
          Map.entry("g", BigInteger.TWO.pow(30)),
          Map.entry("gb", BigInteger.TWO.pow(30)),
          Map.entry("gib", BigInteger.TWO.pow(30)),
          Map.entry("t", BigInteger.TWO.pow(40)),
          Map.entry("tb", BigInteger.TWO.pow(40)),
          Map.entry("tib", BigInteger.TWO.pow(40)));

  private SizeParser() {}

  /** A disk or pool size: 10TB, 960GB, 1.92TB, 4TiB, 10000831348736. */
  static long storage(String text) {
    return parse(text, STORAGE_UNITS,
        "write it like 10TB (decimal, as vendors do), 10TiB (binary) or a byte count");
  }

  /** A memory size: 64G, 64GiB, 512M, 68719476736. */
  static long memory(String text) {
    return parse(text, MEMORY_UNITS, "write it like 64G, 64GiB, 512M or a byte count");
  }

  private static long parse(String text, Map<String, BigInteger> units, String hint) {
    Matcher m = SYNTAX.matcher(text.trim().toLowerCase(Locale.ROOT));
    BigInteger unit = m.matches() ? units.get(m.group(2)) : null;
    if (unit == null && m.matches() && m.group(2).matches("[kmgtp]")) {
      throw new IllegalArgumentException(
          "'" + text + "' is ambiguous: write " + m.group(1) + m.group(2).toUpperCase(Locale.ROOT)
              + "B (decimal, as vendors do) or " + m.group(1) + m.group(2).toUpperCase(Locale.ROOT)
              + "iB (binary)");
    }
    if (unit == null) {
      throw new IllegalArgumentException("'" + text + "' is not a size: " + hint);
    }
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(new BigDecimal(unit));
    if (bytes.signum() <= 0) {
      throw new IllegalArgumentException("'" + text + "' is not a positive size");
    }
    try {
      return bytes.toBigIntegerExact().longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a whole number of bytes below 8 EiB: " + hint);
    }
  }
}
