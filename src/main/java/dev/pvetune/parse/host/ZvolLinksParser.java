package dev.pvetune.parse.host;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the collector's {@code zvol-links} output: one line per link below {@code /dev/zvol},
 * {@code link TAB resolved device}. udev names partition links {@code <zvol>-partN} (from {@code
 * zvol_id}); a link counts as a partition only when its device is one ({@code zdNpM}), so a zvol
 * whose own name ends in {@code -partN} is not cut.
 */
public final class ZvolLinksParser {
  private ZvolLinksParser() {}

  private static final String PREFIX = "/dev/zvol/";
  private static final Pattern PARTITION_DEVICE = Pattern.compile("zd\\d+p(\\d+)");
  private static final Pattern PART_SUFFIX = Pattern.compile("(.+)-part(\\d+)");

  public static Parsed<ZvolLinks> parse(String text, String file) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<ZvolLink> links = new ArrayList<>();
    int bad = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String problem = null;
      if (fields.length != 2) {
        problem = "expected 'link<TAB>device', found " + fields.length + " fields";
      } else if (!fields[0].startsWith(PREFIX) || fields[0].length() == PREFIX.length()) {
        problem = "link '" + fields[0] + "' is not below " + PREFIX;
      } else if (!fields[1].startsWith("/dev/")) {
        problem = "link '" + fields[0] + "' resolves to '" + fields[1] + "', not a device";
      }
      if (problem != null) {
        diagnostics.add(new Diagnostic(file, number, problem + "; skipped"));
        bad = bad == 0 ? number : bad;
        continue;
      }
      String dataset = fields[0].substring(PREFIX.length());
      String deviceName = fields[1].substring(fields[1].lastIndexOf('/') + 1);
      OptionalInt partition = OptionalInt.empty();
      Matcher device = PARTITION_DEVICE.matcher(deviceName);
      if (device.matches()) {
        Matcher suffix = PART_SUFFIX.matcher(dataset);
        if (suffix.matches() && suffix.group(2).equals(device.group(1))) {
          dataset = suffix.group(1);
          partition = OptionalInt.of(Integer.parseInt(device.group(1)));
        } else {
          diagnostics.add(
              new Diagnostic(file, number, "partition device " + deviceName
                  + " behind a link without a matching -part suffix"));
        }
      }
      links.add(new ZvolLink(fields[0], dataset, partition, fields[1], number));
    }
    if (links.isEmpty() && bad > 0) {
      throw new ParseException(file, bad, "not zvol-links output (link<TAB>device lines)");
    }
    return new Parsed<>(new ZvolLinks(links), diagnostics);
  }
}
