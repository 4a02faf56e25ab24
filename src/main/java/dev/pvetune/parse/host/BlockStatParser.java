package dev.pvetune.parse.host;

import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.List;
import java.util.OptionalLong;

/** Reads {@code /sys/block/<dev>/stat}: one line of 11, 15 or 17 space-padded counters. */
public final class BlockStatParser {
  private BlockStatParser() {}

  public static Parsed<BlockStat> parse(String text, String file) {
    List<String> lines = Lines.of(text);
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new ParseException(file, 1, "empty stat file");
    }
    String[] fields = lines.get(0).strip().split("\\s+");
    int n = fields.length;
    if (n != 11 && n != 15 && n != 17) {
      throw new ParseException(
          file, 1, "expected 11, 15 or 17 counters, found " + n + "; not a block stat file");
    }
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      try {
        v[i] = Long.parseUnsignedLong(fields[i]);
      } catch (NumberFormatException e) {
        throw new ParseException(
            file, 1, "field " + (i + 1) + " is not a counter: '" + fields[i] + "'");
      }
    }
    return Parsed.clean(
        new BlockStat(
            v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10],
            opt(v, 11), opt(v, 12), opt(v, 13), opt(v, 14), opt(v, 15), opt(v, 16), n));
  }

  private static OptionalLong opt(long[] values, int index) {
    return index < values.length ? OptionalLong.of(values[index]) : OptionalLong.empty();
  }
}
