package dev.pvetune.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.SourceRef;
import dev.pvetune.parse.Diagnostic;
import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Evidence;
import dev.pvetune.rules.Finding;
import dev.pvetune.rules.FixAction;
import dev.pvetune.rules.NotEvaluated;
import dev.pvetune.rules.Severity;
import dev.pvetune.settings.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/** The machine-readable report; its schema is docs/audit-report.schema.json (version 1). */
public final class JsonRenderer implements Renderer {
  public static final int SCHEMA_VERSION = 1;

  @Override
  public void render(AuditResult result, AuditContext context, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schema", "pvetune-audit");
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("pvetuneVersion", context.pvetuneVersion());
      Inventory inv = result.inventory();
      g.writeObjectFieldStart("source");
      g.writeStringField("origin", inv.origin());
      g.writeStringField("node", inv.node());
      g.writeStringField("collectedAt", inv.collectedAt().toString());
      g.writeEndObject();
      if (context.settingsFile().isPresent()) {
        g.writeObjectFieldStart("settings");
        g.writeStringField("file", context.settingsFile().get());
        if (result.waiversCheckedOn().isPresent()) {
          g.writeStringField("waiversCheckedOn", result.waiversCheckedOn().get().toString());
        }
        g.writeEndObject();
      }
      writeSummary(g, result, context);
      g.writeArrayFieldStart("findings");
      for (Finding f : result.findings()) {
        g.writeStartObject();
        writeFindingFields(g, f);
        Optional<AuditResult.ExpiredWaiver> expired = result.expiredWaiverOf(f);
        if (expired.isPresent()) {
          g.writeFieldName("expiredWaiver");
          writeWaiver(g, expired.get().waiver());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("waived");
      for (AuditResult.Waived w : result.waived()) {
        g.writeStartObject();
        g.writeObjectFieldStart("finding");
        writeFindingFields(g, w.finding());
        g.writeEndObject();
        g.writeFieldName("waiver");
        writeWaiver(g, w.waiver());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("expiredWaivers");
      for (AuditResult.ExpiredWaiver e : result.expiredWaivers()) {
        g.writeStartObject();
        g.writeFieldName("waiver");
        writeWaiver(g, e.waiver());
        g.writeArrayFieldStart("findings");
        for (Finding f : e.findings()) {
          g.writeStartObject();
          g.writeStringField("rule", f.rule().id());
          g.writeStringField("resource", f.resource());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("notEvaluated");
      for (NotEvaluated n : result.notEvaluated()) {
        g.writeStartObject();
        g.writeStringField("rule", n.rule().id());
        g.writeStringField("slug", n.rule().slug());
        g.writeStringField("reason", n.reason());
        g.writeArrayFieldStart("resources");
        for (String r : n.resources()) {
          g.writeString(r);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : inv.diagnostics()) {
        g.writeStartObject();
        g.writeStringField("file", d.file());
        if (d.line() > 0) {
          g.writeNumberField("line", d.line());
        }
        g.writeStringField("message", d.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeSummary(JsonGenerator g, AuditResult result, AuditContext context) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeObjectFieldStart("findings");
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.label(), result.count(s));
    }
    g.writeEndObject();
    g.writeNumberField("rulesRun", result.rules().size());
    g.writeNumberField("rulesNotEvaluated", result.notEvaluated().stream().filter(n -> n.resources().isEmpty()).count());
    g.writeNumberField("waived", result.waived().size());
    g.writeNumberField("expiredWaivers", result.expiredWaivers().size());
    g.writeStringField("failOn", context.failOn().label());
    g.writeBooleanField("failed", result.anyAtLeast(context.failOn()));
    g.writeEndObject();
  }

  private static void writeWaiver(JsonGenerator g, Waiver w) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", w.rule());
    g.writeStringField("resource", w.resource().toString());
    g.writeStringField("reason", w.reason());
    if (w.expires().isPresent()) {
      g.writeStringField("expires", w.expires().get().toString());
    } else {
      g.writeNullField("expires");
    }
    g.writeStringField("file", w.source().file());
    g.writeNumberField("line", w.source().line());
    g.writeEndObject();
  }

  private static void writeFindingFields(JsonGenerator g, Finding f) throws IOException {
    g.writeStringField("rule", f.rule().id());
    g.writeStringField("slug", f.rule().slug());
    g.writeStringField("title", f.rule().title());
    g.writeStringField("severity", f.severity().label());
    g.writeStringField("resource", f.resource());
    g.writeStringField("message", f.message());
    if (f.impact().isPresent()) {
      g.writeStringField("impact", f.impact().get());
    }
    g.writeArrayFieldStart("evidence");
    for (Evidence e : f.evidence()) {
      g.writeStartObject();
      g.writeStringField("fact", e.fact());
      if (e.source().isPresent()) {
        SourceRef ref = e.source().get();
        g.writeStringField("file", ref.file());
        if (ref.line() > 0) {
          g.writeNumberField("line", ref.line());
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("fixes");
    for (FixAction a : f.fixes()) {
      g.writeStartObject();
      g.writeStringField("summary", a.summary());
      g.writeStringField("disruption", a.disruption().name().toLowerCase(java.util.Locale.ROOT));
      writeChange(g, a.change());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("explain", "pvetune explain " + f.rule().id());
  }

  private static void writeChange(JsonGenerator g, Change change) throws IOException {
    g.writeObjectFieldStart("change");
    if (change instanceof Change.DriveOptions c) {
      g.writeStringField("type", "drive-options");
      guest(g, c.node(), c.kind().path(), c.vmid());
      g.writeStringField("key", c.key());
      g.writeStringField("current", c.currentValue());
      g.writeObjectFieldStart("set");
      for (Map.Entry<String, Optional<String>> e : new java.util.TreeMap<>(c.set()).entrySet()) {
        if (e.getValue().isPresent()) {
          g.writeStringField(e.getKey(), e.getValue().get());
        } else {
          g.writeNullField(e.getKey());
        }
      }
      g.writeEndObject();
    } else if (change instanceof Change.GuestOption c) {
      g.writeStringField("type", "guest-option");
      guest(g, c.node(), c.kind().path(), c.vmid());
      g.writeStringField("key", c.key());
      optional(g, "current", c.currentValue());
      g.writeStringField("value", c.newValue());
    } else if (change instanceof Change.ZfsProperty c) {
      g.writeStringField("type", "zfs-property");
      g.writeStringField("dataset", c.dataset());
      g.writeStringField("property", c.property());
      g.writeStringField("current", c.currentValue());
      g.writeStringField("currentSource", c.currentSource());
      optional(g, "value", c.newValue());
    } else if (change instanceof Change.PoolProperty c) {
      g.writeStringField("type", "pool-property");
      g.writeStringField("pool", c.pool());
      g.writeStringField("property", c.property());
      g.writeStringField("current", c.currentValue());
      g.writeStringField("value", c.newValue());
    } else if (change instanceof Change.StorageOption c) {
      g.writeStringField("type", "storage-option");
      g.writeStringField("storage", c.storage());
      g.writeStringField("option", c.option());
      optional(g, "current", c.currentValue());
      g.writeStringField("value", c.newValue());
    } else if (change instanceof Change.ArcLimits c) {
      g.writeStringField("type", "arc-limits");
      optionalLong(g, "maxBytes", c.maxBytes());
      optionalLong(g, "minBytes", c.minBytes());
      optionalLong(g, "currentMaxBytes", c.currentMax());
      optionalLong(g, "currentMinBytes", c.currentMin());
    } else if (change instanceof Change.EnableTimer c) {
      g.writeStringField("type", "enable-timer");
      g.writeStringField("unit", c.unit());
      if (c.fallback().isPresent()) {
        Change.CronJob job = c.fallback().get();
        g.writeObjectFieldStart("fallbackCron");
        g.writeStringField("name", job.name());
        g.writeStringField("schedule", job.schedule());
        g.writeArrayFieldStart("argv");
        for (String a : job.argv()) {
          g.writeString(a);
        }
        g.writeEndArray();
        g.writeEndObject();
      } else {
        g.writeNullField("fallbackCron");
      }
    } else if (change instanceof Change.Manual c) {
      g.writeStringField("type", "manual");
      g.writeArrayFieldStart("steps");
      for (String s : c.steps()) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void guest(JsonGenerator g, String node, String kind, int vmid) throws IOException {
    g.writeStringField("node", node);
    g.writeStringField("guestType", kind);
    g.writeNumberField("vmid", vmid);
  }

  private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  private static void optionalLong(JsonGenerator g, String field, Optional<Long> value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }
}
