package dev.pvetune.parse.zfs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as ZFS printed it: exact when printed as a plain integer ({@code -p} output, or a
 * small value), approximate when printed by {@code zfs_nicenum} with a K/M/G/T/P/E suffix
 * ({@code 1.50G}, {@code 1.02K}), which keeps only three significant digits.
 *
 * <p>Suffixes are binary (K = 1024). A trailing {@code B} ({@code 0B}, {@code 512B}, from
 * {@code zfs_nicebytes}) is accepted. A rule that needs exact bytes must check {@link #exact()}.
 */
public record Quantity(long value, boolean exact) {

  private static final Pattern INTEGER = Pattern.compile("\\d{1,19}");
  private static final Pattern NICENUM =
      Pattern.compile("(\\d+(?:\\.\\d+)?)([KMGTPE])?B?");
  private static final String SUFFIXES = "KMGTPE";

  public static Quantity exact(long value) {
    return new Quantity(value, true);
  }

  /**
   * Reads a ZFS number. {@code -}, {@code none} and anything that is not a number give empty;
   * so does a value too large for a long.
   */
  public static Optional<Quantity> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String text = raw.strip();
    if (INTEGER.matcher(text).matches()) {
      try {
        return Optional.of(exact(Long.parseLong(text)));
      } catch (NumberFormatException tooLarge) {
        return Optional.empty();
      }
    }
    Matcher m = NICENUM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String suffix = m.group(2);
    BigDecimal number = new BigDecimal(m.group(1));
    if (suffix == null) {
      // "512B" is exact; "1.5" without a unit is not a ZFS size at all.
      if (number.scale() > 0 || !text.endsWith("B")) {
        return Optional.empty();
      }
      return toLong(number).map(Quantity::exact);
    }
    int power = SUFFIXES.indexOf(suffix.charAt(0)) + 1;
    BigDecimal scaled = number.multiply(BigDecimal.valueOf(1024L).pow(power));
    return toLong(scaled.setScale(0, RoundingMode.HALF_UP)).map(v -> new Quantity(v, false));
  }

  private static Optional<Long> toLong(BigDecimal value) {
    try {
      return Optional.of(value.longValueExact());
    } catch (ArithmeticException tooLarge) {
      return Optional.empty();
    }
  }
}
