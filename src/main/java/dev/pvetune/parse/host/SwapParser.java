package dev.pvetune.parse.host;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads active swap from {@code /proc/swaps} (KiB sizes, names octal-escaped, a header line) or
 * from {@code swapon --show=NAME,TYPE,SIZE,USED,PRIO --bytes --noheadings --raw} (bytes, names
 * with {@code \x20} escapes, one space between columns). Empty output means no swap.
 */
public final class SwapParser {
  private SwapParser() {}

  private static final String DELETED = " (deleted)";

  public static Parsed<List<SwapDevice>> parseProcSwaps(String text, String file) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<SwapDevice> devices = new ArrayList<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.strip().split("\\s+");
      if (!header && fields[0].equals("Filename")) {
        header = true;
        continue;
      }
      if (!header) {
        throw new ParseException(
            file, i + 1, "not /proc/swaps (no 'Filename Type Size Used Priority' header)");
      }
      read(fields, false, file, i + 1, diagnostics).ifPresent(devices::add);
    }
    return new Parsed<>(List.copyOf(devices), diagnostics);
  }

  public static Parsed<List<SwapDevice>> parseSwapon(String text, String file) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<SwapDevice> devices = new ArrayList<>();
    int bad = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.strip().split(" +");
      if (fields[0].equals("NAME") && devices.isEmpty()) {
        diagnostics.add(new Diagnostic(file, i + 1, "header line ignored (expected --noheadings)"));
        continue;
      }
      int before = diagnostics.size();
      read(fields, true, file, i + 1, diagnostics).ifPresent(devices::add);
      if (diagnostics.size() > before && bad == 0) {
        bad = i + 1;
      }
    }
    if (devices.isEmpty() && bad > 0) {
      throw new ParseException(
          file, bad, "not `swapon --show=NAME,TYPE,SIZE,USED,PRIO --bytes --noheadings --raw`");
    }
    return new Parsed<>(List.copyOf(devices), diagnostics);
  }

  private static Optional<SwapDevice> read(
      String[] fields, boolean bytes, String file, int line, List<Diagnostic> diagnostics) {
    if (fields.length != 5) {
      diagnostics.add(
          new Diagnostic(file, line, "expected 5 fields (name, type, size, used, priority), found "
              + fields.length + "; skipped"));
      return Optional.empty();
    }
    String name = bytes ? Escapes.hex(fields[0]) : Escapes.octal(fields[0]);
    boolean deleted = name.endsWith(DELETED);
    if (deleted) {
      name = name.substring(0, name.length() - DELETED.length());
    }
    try {
      long size = Long.parseLong(fields[2]);
      long used = Long.parseLong(fields[3]);
      int priority = Integer.parseInt(fields[4]);
      if (!bytes) {
        size = Math.multiplyExact(size, 1024L);
        used = Math.multiplyExact(used, 1024L);
      }
      return Optional.of(
          new SwapDevice(name, fields[1], size, used, priority, deleted, line));
    } catch (NumberFormatException | ArithmeticException e) {
      diagnostics.add(
          new Diagnostic(file, line, "size, used or priority is not a number in '"
              + String.join(" ", fields) + "'; skipped"));
      return Optional.empty();
    }
  }
}
