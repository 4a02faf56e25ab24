package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generic SectionConfig reader shared by storage.cfg, replication.cfg, jobs.cfg and
 * ha/resources.cfg ({@code PVE::SectionConfig::parse_config}). It knows no schema: typed parsers
 * interpret the values.
 *
 * <p>Like Proxmox: a section is a {@code type: id} header followed by lines that start with
 * whitespace; it ends at the first <em>empty</em> line (a whitespace-only line does not end it);
 * comment lines ({@code #} after optional whitespace) are skipped anywhere; a line inside a section
 * that is not indented is ignored and the section goes on, so a header without an empty line before
 * it does <em>not</em> start a new section.
 */
public final class SectionConfigParser {
  private static final Pattern COMMENT = Pattern.compile("\\s*#.*", Pattern.DOTALL);
  private static final Pattern HEADER = Pattern.compile("(\\S+):\\s*(\\S+)\\s*");
  private static final Pattern BODY =
      Pattern.compile("\\s+(\\S+)(?:\\s+(.*\\S))?\\s*", Pattern.DOTALL);
  private static final Pattern BLANK = Pattern.compile("\\s*");

  private SectionConfigParser() {}

  /** Parses a file whose keys are all scalar. */
  public static Parsed<SectionConfigFile> parse(String text, String file) {
    return parse(text, file, Set.of());
  }

  /**
   * Parses a file.
   *
   * @param arrayKeys keys that may repeat (one line per element); any other repeated key is
   *     reported and its later lines ignored, as Proxmox does
   */
  public static Parsed<SectionConfigFile> parse(String text, String file, Set<String> arrayKeys) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<ConfigSection> sections = new ArrayList<>();
    List<String> lines = Lines.of(text);
    Open open = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int no = i + 1;
      if (line.indexOf(PveText.REPLACEMENT) >= 0) {
        diagnostics.add(
            new Diagnostic(
                file, no, "the line contains bytes that are not valid UTF-8 (shown as U+FFFD)"));
      }
      if (COMMENT.matcher(line).matches()) {
        continue;
      }
      if (open != null) {
        if (line.isEmpty()) {
          sections.add(open.close());
          open = null;
          continue;
        }
        Matcher body = BODY.matcher(line);
        if (body.matches()) {
          open.add(
              body.group(1), Optional.ofNullable(body.group(2)), no, arrayKeys, diagnostics, file);
        } else if (BLANK.matcher(line).matches()) {
          diagnostics.add(
              new Diagnostic(
                  file,
                  no,
                  "whitespace-only line inside section '"
                      + open.id
                      + "' is ignored; only an empty line ends a section"));
        } else if (HEADER.matcher(line).matches()) {
          diagnostics.add(
              new Diagnostic(
                  file,
                  no,
                  "'"
                      + line.strip()
                      + "' looks like a section header, but section '"
                      + open.id
                      + "' (line "
                      + open.line
                      + ") has no empty line before it; Proxmox ignores this line and reads the"
                      + " following indented lines into '"
                      + open.id
                      + "'. Add an empty line before it"));
        } else {
          diagnostics.add(
              new Diagnostic(
                  file,
                  no,
                  "line inside section '"
                      + open.id
                      + "' does not start with whitespace; Proxmox ignores it"));
        }
        continue;
      }
      if (BLANK.matcher(line).matches()) {
        continue;
      }
      Matcher header = HEADER.matcher(line);
      if (header.matches()) {
        open = new Open(header.group(1), header.group(2), no);
      } else if (BODY.matcher(line).matches()) {
        diagnostics.add(
            new Diagnostic(
                file,
                no,
                "indented line outside any section (an empty line ended the section before it);"
                    + " Proxmox ignores it"));
      } else {
        diagnostics.add(
            new Diagnostic(
                file, no, "not a section header ('type: id'); Proxmox ignores this line"));
      }
    }
    if (open != null) {
      sections.add(open.close());
    }
    return new Parsed<>(new SectionConfigFile(sections), diagnostics);
  }

  private static final class Open {
    private final String type;
    private final String id;
    private final int line;
    private final List<SectionEntry> entries = new ArrayList<>();
    private final Map<String, Integer> firstLine = new HashMap<>();

    Open(String type, String id, int line) {
      this.type = type;
      this.id = id;
      this.line = line;
    }

    void add(
        String key,
        Optional<String> value,
        int no,
        Set<String> arrayKeys,
        List<Diagnostic> diagnostics,
        String file) {
      Integer first = firstLine.putIfAbsent(key, no);
      if (first != null && !arrayKeys.contains(key)) {
        diagnostics.add(
            new Diagnostic(
                file,
                no,
                "duplicate key '"
                    + key
                    + "' in section '"
                    + id
                    + "' (first at line "
                    + first
                    + "); Proxmox ignores this line"));
        return;
      }
      entries.add(new SectionEntry(key, value, no));
    }

    ConfigSection close() {
      return new ConfigSection(type, id, line, entries);
    }
  }
}
