package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code ha-manager status}: lines {@code <type> <status>} for the quorum, the CRM master,
 * each LRM and each service. A verbose dump ({@code full cluster state:} and JSON) is not read.
 */
public final class HaManagerStatusParser {
  private static final Pattern QUORUM = Pattern.compile("quorum (.+)");
  private static final Pattern MASTER = Pattern.compile("master (\\S+) \\((.*)\\)(?: - .*)?");
  private static final Pattern LRM = Pattern.compile("lrm (\\S+) \\((.*)\\)");
  private static final Pattern SERVICE = Pattern.compile("service (\\S+) \\((\\S+), (.+)\\)");

  private HaManagerStatusParser() {}

  /**
   * @throws ParseException if the output is empty
   */
  public static Parsed<HaManagerStatus> parse(String text, String file) {
    if (text.isBlank()) {
      throw new ParseException(file, 0, "empty output (expected 'ha-manager status' lines)");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<String> quorum = Optional.empty();
    Optional<HaNodeStatus> master = Optional.empty();
    List<HaNodeStatus> lrms = new ArrayList<>();
    List<HaServiceStatus> services = new ArrayList<>();
    List<String> lines = Lines.of(text);
    for (int i = 0; i < lines.size(); i++) {
      int no = i + 1;
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals("full cluster state:")) {
        break;
      }
      Matcher m;
      if ((m = QUORUM.matcher(line)).matches()) {
        quorum = Optional.of(m.group(1));
      } else if ((m = MASTER.matcher(line)).matches()) {
        master = Optional.of(node(m.group(1), m.group(2), no));
      } else if ((m = LRM.matcher(line)).matches()) {
        lrms.add(node(m.group(1), m.group(2), no));
      } else if ((m = SERVICE.matcher(line)).matches()) {
        services.add(new HaServiceStatus(m.group(1), m.group(2), m.group(3), no));
      } else {
        diagnostics.add(
            new Diagnostic(file, no, "not a quorum, master, lrm or service line; ignored"));
      }
    }
    return new Parsed<>(new HaManagerStatus(quorum, master, lrms, services), diagnostics);
  }

  /** {@code <status>, <time>} or just {@code <status>}. */
  private static HaNodeStatus node(String node, String inside, int no) {
    int comma = inside.lastIndexOf(", ");
    if (comma < 0) {
      return new HaNodeStatus(node, inside, Optional.empty(), no);
    }
    return new HaNodeStatus(
        node, inside.substring(0, comma), Optional.of(inside.substring(comma + 2)), no);
  }
}
