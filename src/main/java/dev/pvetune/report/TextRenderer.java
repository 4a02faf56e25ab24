package dev.pvetune.report;

import dev.pvetune.model.Inventory;
import dev.pvetune.parse.Diagnostic;
import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.Evidence;
import dev.pvetune.rules.Finding;
import dev.pvetune.rules.FixAction;
import dev.pvetune.rules.NotEvaluated;
import dev.pvetune.rules.Severity;
import dev.pvetune.settings.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report for people: findings grouped by severity, then a summary. */
public final class TextRenderer implements Renderer {
  private static final int MAX_DIAGNOSTICS = 10;

  @Override
  public void render(AuditResult result, AuditContext context, Writer out) throws IOException {
    Style style = new Style(context.color());
    Inventory inv = result.inventory();
    out.write(style.bold("pvetune audit of node " + inv.node()) + style.dim("  (" + inv.origin() + ", collected " + inv.collectedAt() + ")") + "\n");
    for (Severity severity : Severity.values()) {
      List<Finding> group = result.findings().stream().filter(f -> f.severity() == severity).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.write("\n" + style.severity(severity, severity.label().toUpperCase(Locale.ROOT) + " (" + group.size() + ")") + "\n");
      for (Finding f : group) {
        writeFinding(f, result, style, out);
      }
    }
    if (result.findings().isEmpty()) {
      out.write("\nNo findings.\n");
    }
    if (context.showWaived() && !result.waived().isEmpty()) {
      out.write("\n" + style.bold("WAIVED (" + result.waived().size() + ")") + "\n");
      for (AuditResult.Waived w : result.waived()) {
        Finding f = w.finding();
        out.write("\n  " + style.dim(f.rule().id() + " " + f.rule().slug() + " [" + f.severity().label() + "]") + "  " + style.dim(f.resource()) + "\n");
        out.write("    " + f.message() + "\n");
        out.write("    waived: " + w.waiver().reason() + " (" + Waivers.until(w.waiver()) + "; " + w.waiver().source() + ")\n");
      }
    }
    writeSummary(result, context, style, out);
  }

  private static void writeFinding(Finding f, AuditResult result, Style style, Writer out) throws IOException {
    out.write("\n  " + style.severity(f.severity(), f.rule().id()) + " " + style.bold(f.rule().slug()) + "  " + style.dim(f.resource()) + "\n");
    out.write("    " + f.message() + "\n");
    if (f.impact().isPresent()) {
      out.write("    impact: " + f.impact().get() + "\n");
    }
    for (Evidence e : f.evidence()) {
      out.write("    - " + e.fact() + e.source().map(s -> style.dim("  [" + s + "]")).orElse("") + "\n");
    }
    for (FixAction a : f.fixes()) {
      out.write("    fix (" + a.disruption().label() + "): " + a.summary() + "\n");
    }
    Optional<AuditResult.ExpiredWaiver> expired = result.expiredWaiverOf(f);
    if (expired.isPresent()) {
      Waiver w = expired.get().waiver();
      out.write("    its waiver expired on " + w.expires().orElseThrow() + " (" + w.source() + ": " + w.reason() + ")\n");
    }
    out.write(style.dim("    see: pvetune explain " + f.rule().id()) + "\n");
  }

  private static void writeWaiverSummary(AuditResult result, AuditContext context, Writer out) throws IOException {
    if (result.waiversCheckedOn().isEmpty() && result.waived().isEmpty()) {
      return;
    }
    int n = result.waived().size();
    String listed = n == 0 ? "" : context.showWaived() ? " (listed above)" : " (--show-waived lists them)";
    out.write("  waived: " + n + (n == 1 ? " finding" : " findings") + listed
        + result.waiversCheckedOn().map(d -> "; waiver expiry checked against " + d + " (the audit's date)").orElse("") + "\n");
    if (!result.expiredWaivers().isEmpty()) {
      out.write("  expired waivers (" + result.expiredWaivers().size() + ", no longer applied):\n");
      for (AuditResult.ExpiredWaiver e : result.expiredWaivers()) {
        Waiver w = e.waiver();
        out.write("    " + w.rule() + " " + w.resource() + " expired on " + w.expires().orElseThrow() + " (" + w.source() + "): "
            + (e.findings().isEmpty() ? "matches no finding now" : e.findings().size() + (e.findings().size() == 1 ? " finding" : " findings") + " reported again")
            + "\n");
      }
    }
  }

  private static void writeSummary(AuditResult result, AuditContext context, Style style, Writer out) throws IOException {
    out.write("\n" + style.bold("Summary") + "\n");
    StringBuilder counts = new StringBuilder("  ");
    for (Severity s : Severity.values()) {
      counts.append(style.severity(s, result.count(s) + " " + s.label())).append(s == Severity.INFO ? "" : ", ");
    }
    long distinct = result.findings().stream().map(f -> f.rule().id()).distinct().count();
    out.write(counts + "  (" + result.findings().size() + " findings from " + distinct + " of " + result.rules().size() + " rules)\n");
    writeWaiverSummary(result, context, out);
    List<NotEvaluated> whole = result.notEvaluated().stream().filter(n -> n.resources().isEmpty()).toList();
    List<NotEvaluated> partial = result.notEvaluated().stream().filter(n -> !n.resources().isEmpty()).toList();
    if (!whole.isEmpty()) {
      out.write("  not evaluated (" + whole.size() + " rules):\n");
      for (NotEvaluated n : whole) {
        out.write("    " + n.rule().id() + " " + n.rule().slug() + ": " + n.reason() + "\n");
      }
    }
    if (!partial.isEmpty()) {
      out.write("  evaluated only in part:\n");
      for (NotEvaluated n : partial) {
        out.write("    " + n.rule().id() + " " + n.rule().slug() + " skipped " + String.join(", ", n.resources()) + ": " + n.reason() + "\n");
      }
    }
    List<Diagnostic> diagnostics = result.inventory().diagnostics();
    if (!diagnostics.isEmpty()) {
      out.write("  input problems (" + diagnostics.size() + "; the rest of each file was used):\n");
      for (Diagnostic d : diagnostics.subList(0, Math.min(MAX_DIAGNOSTICS, diagnostics.size()))) {
        out.write("    " + d + "\n");
      }
      if (diagnostics.size() > MAX_DIAGNOSTICS) {
        out.write("    ... " + (diagnostics.size() - MAX_DIAGNOSTICS) + " more (use --format json to see all)\n");
      }
    }
    boolean failed = result.anyAtLeast(context.failOn());
    out.write("  " + (failed ? "findings at or above " + context.failOn().label() + ": exit status 1" : "nothing at or above " + context.failOn().label() + ": exit status 0") + "\n");
  }
}
