package dev.pvetune.parse.host;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code dmidecode -t memory}: records that start with {@code Handle 0x..., DMI type N, M
 * bytes}, a title line, then TAB-indented {@code Key: Value} lines (list values on further
 * indented lines). Types 16 (Physical Memory Array) and 17 (Memory Device) are read; others are
 * skipped. Output without any record ({@code # No SMBIOS nor DMI entry point found}) gives empty
 * tables with a diagnostic.
 */
public final class DmidecodeMemoryParser {
  private DmidecodeMemoryParser() {}

  private static final Pattern HANDLE =
      Pattern.compile("Handle (0x[0-9A-Fa-f]+), DMI type (\\d+), \\d+ bytes");
  private static final Pattern SIZE =
      Pattern.compile("(\\d+) (bytes|kB|MB|GB|TB)");

  public static Parsed<DmiMemory> parse(String text, String file) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<MemoryArray> arrays = new ArrayList<>();
    List<MemoryDevice> devices = new ArrayList<>();
    boolean sawComment = false;
    int i = 0;
    int firstOther = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      Matcher handle = HANDLE.matcher(line.strip());
      if (!handle.matches()) {
        String stripped = line.strip();
        if (stripped.startsWith("#") || stripped.startsWith("SMBIOS")
            || stripped.startsWith("Getting SMBIOS") || stripped.isEmpty()) {
          sawComment |= stripped.startsWith("#");
        } else if (firstOther == 0) {
          firstOther = i + 1;
        }
        i++;
        continue;
      }
      int start = i + 1;
      int type = Integer.parseInt(handle.group(2));
      Map<String, String> fields = new LinkedHashMap<>();
      i++;
      if (i < lines.size()) {
        i++; // title line
      }
      while (i < lines.size() && !lines.get(i).isBlank()) {
        String field = lines.get(i);
        if (field.startsWith("\t") && !field.startsWith("\t\t")) {
          int colon = field.indexOf(':');
          if (colon > 0) {
            fields.put(field.substring(1, colon).strip(), field.substring(colon + 1).strip());
          }
        }
        i++;
      }
      if (type == 16) {
        arrays.add(array(handle.group(1), fields, start, file, diagnostics));
      } else if (type == 17) {
        devices.add(device(handle.group(1), fields, start, file, diagnostics));
      }
    }
    if (arrays.isEmpty() && devices.isEmpty()) {
      if (firstOther > 0 && !sawComment) {
        throw new ParseException(file, firstOther, "not `dmidecode -t memory` output");
      }
      diagnostics.add(new Diagnostic(file, 0, "no memory records (no DMI data on this host)"));
    }
    return new Parsed<>(new DmiMemory(arrays, devices), diagnostics);
  }

  private static MemoryArray array(
      String handle, Map<String, String> f, int line, String file, List<Diagnostic> diagnostics) {
    Optional<String> ecc = value(f, "Error Correction Type");
    MemoryArray.ErrorCorrection kind =
        ecc.map(MemoryArray.ErrorCorrection::of).orElse(MemoryArray.ErrorCorrection.UNKNOWN);
    if (ecc.isEmpty()) {
      diagnostics.add(new Diagnostic(file, line, "memory array " + handle
          + " has no Error Correction Type"));
    } else if (kind == MemoryArray.ErrorCorrection.UNKNOWN && !ecc.get().equals("Unknown")) {
      diagnostics.add(new Diagnostic(file, line, "unknown Error Correction Type '" + ecc.get()
          + "'"));
    }
    return new MemoryArray(
        handle,
        value(f, "Location"),
        value(f, "Use"),
        ecc,
        kind,
        value(f, "Maximum Capacity"),
        integer(value(f, "Number Of Devices")),
        line);
  }

  private static MemoryDevice device(
      String handle, Map<String, String> f, int line, String file, List<Diagnostic> diagnostics) {
    Optional<String> sizeText = value(f, "Size");
    OptionalLong size = OptionalLong.empty();
    if (sizeText.isPresent()) {
      Matcher m = SIZE.matcher(sizeText.get());
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        int shift = List.of("bytes", "kB", "MB", "GB", "TB").indexOf(m.group(2)) * 10;
        size = OptionalLong.of(n << shift);
      } else if (!sizeText.get().startsWith("No Module Installed")
          && !sizeText.get().equals("Not Installed") && !sizeText.get().equals("Unknown")) {
        diagnostics.add(new Diagnostic(file, line, "memory device " + handle
            + " has unreadable Size '" + sizeText.get() + "'"));
      }
    }
    return new MemoryDevice(
        handle,
        value(f, "Array Handle"),
        size,
        sizeText,
        bits(value(f, "Total Width")),
        bits(value(f, "Data Width")),
        value(f, "Locator"),
        value(f, "Type"),
        value(f, "Manufacturer"),
        value(f, "Part Number"),
        line);
  }

  private static Optional<String> value(Map<String, String> fields, String key) {
    return Optional.ofNullable(fields.get(key)).filter(v -> !v.isEmpty());
  }

  private static OptionalInt integer(Optional<String> text) {
    return text.filter(t -> t.matches("\\d{1,9}"))
        .map(t -> OptionalInt.of(Integer.parseInt(t)))
        .orElse(OptionalInt.empty());
  }

  private static OptionalInt bits(Optional<String> text) {
    return integer(text.filter(t -> t.endsWith(" bits")).map(t -> t.substring(0, t.length() - 5)));
  }
}
