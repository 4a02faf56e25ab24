package dev.pvetune.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pvetune.rules.Area;
import dev.pvetune.rules.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The rule list of {@code pvetune rules}: an aligned table grouped by area, or a JSON array. */
public final class RuleListRenderer {
  private static final Map<Area, String> HEADINGS = Map.of(
      Area.DISK, "guest disk options",
      Area.GUEST, "guest-level settings",
      Area.STOR, "storage.cfg",
      Area.POOL, "pool layout, health and upkeep",
      Area.DSET, "dataset and zvol properties",
      Area.MEM, "host memory, ARC, swap",
      Area.MAINT, "keeping it healthy",
      Area.HOST, "versions");

  private RuleListRenderer() {}

  public static void text(List<RuleInfo> rules, Writer out) throws IOException {
    List<RuleInfo> sorted = sorted(rules);
    int idWidth = sorted.stream().mapToInt(r -> r.id().length()).max().orElse(0);
    int slugWidth = sorted.stream().mapToInt(r -> r.slug().length()).max().orElse(0);
    int severityWidth = sorted.stream().mapToInt(r -> r.severity().label().length()).max().orElse(0);
    Area current = null;
    for (RuleInfo rule : sorted) {
      if (rule.area() != current) {
        out.write((current == null ? "" : "\n") + rule.area() + " — " + HEADINGS.get(rule.area()) + "\n");
        current = rule.area();
      }
      out.write("  " + pad(rule.id(), idWidth) + "  " + pad(rule.slug(), slugWidth) + "  "
          + pad(rule.severity().label(), severityWidth) + "  " + rule.title() + "\n");
    }
    out.write("\n" + sorted.size() + " rules. 'pvetune explain ID' shows a rule's page.\n");
  }

  public static void json(List<RuleInfo> rules, Writer out) throws IOException {
    JsonFactory factory = new JsonFactory().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (RuleInfo rule : sorted(rules)) {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("slug", rule.slug());
        g.writeStringField("severity", rule.severity().label());
        g.writeStringField("title", rule.title());
        g.writeStringField("area", rule.area().name());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.write("\n");
  }

  /** Catalogue order: areas as in RULES.md, ids ascending within an area. */
  private static List<RuleInfo> sorted(List<RuleInfo> rules) {
    return rules.stream().sorted(Comparator.comparing(RuleInfo::area).thenComparing(RuleInfo::id)).toList();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
