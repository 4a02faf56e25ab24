package dev.pvetune.parse.zfs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One property value of a dataset or pool, kept as printed, with typed readers.
 *
 * @param raw the VALUE column exactly as printed ({@code -} for not applicable)
 * @param source where the value comes from
 * @param line 1-based line of the bundle file it was read from
 */
public record PropertyValue(String raw, PropertySource source, int line) {

  /** True when ZFS printed {@code -}: the property does not apply or has no value. */
  public boolean isAbsent() {
    return raw.equals("-");
  }

  /**
   * The value as a number: exact for {@code -p} output, approximate for human output such as
   * {@code 1.50G}. Percent values ({@code 10%}) are read as their integer. Empty for {@code -},
   * {@code none} and words.
   */
  public Optional<Quantity> quantity() {
    String text = raw.endsWith("%") ? raw.substring(0, raw.length() - 1) : raw;
    return Quantity.parse(text);
  }

  /**
   * A ratio such as {@code compressratio} or {@code dedupratio}: {@code 1.28} ({@code -p}) or
   * {@code 1.28x} (human). Both are printed with two decimals, so both are equally exact.
   */
  public Optional<BigDecimal> ratio() {
    String text = raw.endsWith("x") ? raw.substring(0, raw.length() - 1) : raw;
    if (!text.matches("\\d+(\\.\\d+)?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }

  /** An epoch-seconds value ({@code creation}, {@code snapshots_changed} with {@code -p}). */
  public Optional<Instant> epochSeconds() {
    return Quantity.parse(raw).filter(Quantity::exact).map(q -> Instant.ofEpochSecond(q.value()));
  }

  /** {@code on}/{@code off} values; empty for anything else. */
  public Optional<Boolean> onOff() {
    switch (raw) {
      case "on":
        return Optional.of(true);
      case "off":
        return Optional.of(false);
      default:
        return Optional.empty();
    }
  }
}
