package dev.pvetune.parse.host;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A live module parameter from {@code /sys/module/<module>/parameters/<name>}. For many ZFS
 * parameters {@code 0} means "computed at load time" ({@code zfs_arc_max}); the effective value
 * is elsewhere (arcstats {@code c_max}).
 *
 * @param name the parameter, from the file name
 * @param value the file's content without the trailing newline
 */
public record ModuleParameter(String name, String value, int line) {

  /** The value as a decimal integer; empty for words and for values beyond a long. */
  public OptionalLong longValue() {
    if (!value.matches("-?\\d{1,19}")) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value));
    } catch (NumberFormatException tooLarge) {
      return OptionalLong.empty();
    }
  }

  /** The value as an integer of any size ({@code ulong} parameters reach 2^64-1). */
  public Optional<BigInteger> integerValue() {
    return value.matches("-?\\d+") ? Optional.of(new BigInteger(value)) : Optional.empty();
  }
}
