package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code /etc/pve/datacenter.cfg} ({@code PVE::JSONSchema::parse_config}): each non-blank
 * line, trimmed, is a {@code #} description line or {@code key: value} with the key up to the first
 * colon.
 */
public final class DatacenterConfigParser {
  private static final Pattern KEY_VALUE = Pattern.compile("(\\S+?):\\s*(.*)", Pattern.DOTALL);
  private static final Set<String> PROPERTY_STRINGS =
      Set.of(
          "migration",
          "replication",
          "crs",
          "ha",
          "next-id",
          "bwlimit",
          "tag-style",
          "webauthn",
          "u2f",
          "notify");

  private DatacenterConfigParser() {}

  public static Parsed<DatacenterConfig> parse(String text, String file) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, ConfigEntry> entries = new LinkedHashMap<>();
    StringBuilder description = null;
    List<String> lines = Lines.of(text);
    for (int i = 0; i < lines.size(); i++) {
      int no = i + 1;
      String line = lines.get(i).strip();
      if (line.indexOf(PveText.REPLACEMENT) >= 0) {
        diagnostics.add(
            new Diagnostic(
                file, no, "the line contains bytes that are not valid UTF-8 (shown as U+FFFD)"));
      }
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (description == null) {
          description = new StringBuilder();
        }
        description.append(PveText.decodeText(line.substring(1))).append('\n');
        continue;
      }
      Matcher m = KEY_VALUE.matcher(line);
      if (!m.matches()) {
        diagnostics.add(new Diagnostic(file, no, "not 'key: value'; Proxmox ignores this line"));
        continue;
      }
      String key = m.group(1);
      String value = m.group(2);
      if (value.isEmpty()) {
        diagnostics.add(new Diagnostic(file, no, "'" + key + "' has no value; Proxmox ignores it"));
        continue;
      }
      if (PROPERTY_STRINGS.contains(key)) {
        try {
          PropertyString.parse(value);
        } catch (PropertyStringException e) {
          diagnostics.add(
              new Diagnostic(
                  file, no, "'" + key + "': " + e.getMessage() + "; Proxmox ignores it"));
          continue;
        }
      }
      ConfigEntry previous = entries.remove(key);
      if (previous != null) {
        diagnostics.add(
            new Diagnostic(
                file,
                no,
                "'"
                    + key
                    + "' is set again (first at line "
                    + previous.line()
                    + "); the last value wins"));
      }
      entries.put(key, new ConfigEntry(key, value, no));
    }
    Optional<String> descr =
        description == null
            ? Optional.empty()
            : Optional.of(description.toString().stripTrailing());
    return new Parsed<>(new DatacenterConfig(descr, entries), diagnostics);
  }
}
