package dev.pvetune.parse.host;

import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.List;

/**
 * Reads {@code /sys/block/<dev>/queue/rotational}: {@code 1} for spinning media, {@code 0} for
 * SSD/NVMe (and for zvols and most virtual disks, whatever backs them).
 */
public final class RotationalFlagParser {
  private RotationalFlagParser() {}

  public static Parsed<Boolean> parse(String text, String file) {
    List<String> lines = Lines.of(text);
    String value = lines.isEmpty() ? "" : lines.get(0).strip();
    switch (value) {
      case "1":
        return Parsed.clean(true);
      case "0":
        return Parsed.clean(false);
      default:
        throw new ParseException(file, 1, "expected 0 or 1, found '" + value + "'");
    }
  }
}
