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
import java.util.Optional;

/**
 * The report as Markdown (CommonMark with GitHub tables) for pasting into a ticket: summary table,
 * findings by severity, rules not evaluated, and waived findings on request. Every value from the
 * bundle or the settings file is escaped, so a name with a pipe or an asterisk cannot break the
 * layout.
 */
public final class MarkdownRenderer implements Renderer {
  private static final int MAX_DIAGNOSTICS = 20;
  private static final String SPECIAL = "\\`*_[]<>|~#&!";

  @Override
  public void render(AuditResult result, AuditContext context, Writer out) throws IOException {
    Inventory inv = result.inventory();
    out.write("# pvetune audit of node " + escape(inv.node()) + "\n\n");
    out.write("Source: " + escape(inv.origin()) + ", collected " + escape(inv.collectedAt().toString())
        + ". pvetune " + escape(context.pvetuneVersion())
        + context.settingsFile().map(f -> ", settings " + escape(f)).orElse("") + ".\n");
    writeSummary(result, context, out);
    for (Severity severity : Severity.values()) {
      List<Finding> group = result.findings().stream().filter(f -> f.severity() == severity).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.write("\n## " + title(severity) + " (" + group.size() + ")\n");
      for (Finding f : group) {
        writeFinding(f, result, out);
      }
    }
    writeExpiredWaivers(result, out);
    writeNotEvaluated(result, out);
    if (context.showWaived() && !result.waived().isEmpty()) {
      out.write("\n## Waived (" + result.waived().size() + ")\n\n");
      out.write("| Rule | Severity | Resource | Message | Reason | Expires | Waiver |\n|---|---|---|---|---|---|---|\n");
      for (AuditResult.Waived w : result.waived()) {
        Finding f = w.finding();
        Waiver v = w.waiver();
        out.write("| " + f.rule().id() + " " + escape(f.rule().slug()) + " | " + f.severity().label() + " | " + escape(f.resource())
            + " | " + escape(f.message()) + " | " + escape(v.reason()) + " | " + v.expires().map(Object::toString).orElse("never")
            + " | " + escape(v.source().toString()) + " |\n");
      }
    }
    writeDiagnostics(inv.diagnostics(), out);
  }

  private static void writeSummary(AuditResult result, AuditContext context, Writer out) throws IOException {
    out.write("\n## Summary\n\n| Severity | Findings |\n|---|---:|\n");
    for (Severity s : Severity.values()) {
      out.write("| " + title(s) + " | " + result.count(s) + " |\n");
    }
    out.write("| **Total** | **" + result.findings().size() + "** |\n");
    if (result.waiversCheckedOn().isPresent() || !result.waived().isEmpty()) {
      out.write("| Waived | " + result.waived().size() + " |\n");
    }
    long distinct = result.findings().stream().map(f -> f.rule().id()).distinct().count();
    out.write("\n" + result.findings().size() + " findings from " + distinct + " of " + result.rules().size() + " rules. ");
    boolean failed = result.anyAtLeast(context.failOn());
    out.write((failed ? "Findings at or above " + context.failOn().label() + ": exit status 1."
        : "Nothing at or above " + context.failOn().label() + ": exit status 0.") + "\n");
    if (result.waiversCheckedOn().isPresent()) {
      out.write("\nWaiver expiry checked against " + result.waiversCheckedOn().get() + " (the audit's date)"
          + (result.waived().isEmpty() || context.showWaived() ? "." : "; run with --show-waived to list the waived findings.") + "\n");
    }
  }

  private static void writeFinding(Finding f, AuditResult result, Writer out) throws IOException {
    out.write("\n### " + f.rule().id() + " " + codeSpan(f.rule().slug()) + ": " + escape(f.resource()) + "\n\n");
    out.write(paragraph(f.message()) + "\n\n");
    if (f.impact().isPresent()) {
      out.write("- **Impact:** " + escape(f.impact().get()) + "\n");
    }
    if (!f.evidence().isEmpty()) {
      out.write("- **Evidence:**\n");
      for (Evidence e : f.evidence()) {
        out.write("  - " + escape(e.fact()) + e.source().map(s -> " (" + codeSpan(s.toString()) + ")").orElse("") + "\n");
      }
    }
    if (!f.fixes().isEmpty()) {
      out.write("- **Fix:**\n");
      for (FixAction a : f.fixes()) {
        out.write("  - " + escape(a.summary()) + " *(" + escape(a.disruption().label()) + ")*\n");
      }
    }
    Optional<AuditResult.ExpiredWaiver> expired = result.expiredWaiverOf(f);
    if (expired.isPresent()) {
      Waiver w = expired.get().waiver();
      out.write("- **Waiver expired** on " + w.expires().orElseThrow() + " (" + codeSpan(w.source().toString()) + "): "
          + escape(w.reason()) + "\n");
    }
  }

  private static void writeExpiredWaivers(AuditResult result, Writer out) throws IOException {
    if (result.expiredWaivers().isEmpty()) {
      return;
    }
    out.write("\n## Expired waivers (" + result.expiredWaivers().size() + ")\n\n");
    out.write("No longer applied: their findings are reported above.\n\n");
    out.write("| Rule | Resource pattern | Expired on | Reason | Waiver | Findings |\n|---|---|---|---|---|---:|\n");
    for (AuditResult.ExpiredWaiver e : result.expiredWaivers()) {
      Waiver w = e.waiver();
      out.write("| " + w.rule() + " | " + escape(w.resource().toString()) + " | " + w.expires().orElseThrow() + " | " + escape(w.reason())
          + " | " + escape(w.source().toString()) + " | " + e.findings().size() + " |\n");
    }
  }

  private static void writeNotEvaluated(AuditResult result, Writer out) throws IOException {
    if (result.notEvaluated().isEmpty()) {
      return;
    }
    out.write("\n## Not evaluated\n\n| Rule | Reason | Skipped |\n|---|---|---|\n");
    for (NotEvaluated n : result.notEvaluated()) {
      out.write("| " + n.rule().id() + " " + escape(n.rule().slug()) + " | " + escape(n.reason()) + " | "
          + (n.resources().isEmpty() ? "the whole rule" : escape(String.join(", ", n.resources()))) + " |\n");
    }
  }

  private static void writeDiagnostics(List<Diagnostic> diagnostics, Writer out) throws IOException {
    if (diagnostics.isEmpty()) {
      return;
    }
    out.write("\n## Input problems (" + diagnostics.size() + ")\n\nThe rest of each file was used.\n\n");
    for (Diagnostic d : diagnostics.subList(0, Math.min(MAX_DIAGNOSTICS, diagnostics.size()))) {
      out.write("- " + escape(d.toString()) + "\n");
    }
    if (diagnostics.size() > MAX_DIAGNOSTICS) {
      out.write("- ... " + (diagnostics.size() - MAX_DIAGNOSTICS) + " more (use --format json to see all)\n");
    }
  }

  private static String title(Severity s) {
    String label = s.label();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /** Inline text: one line, Markdown punctuation backslash-escaped (including pipes, for tables). */
  static String escape(String text) {
    String flat = text.replaceAll("\\s*\\R\\s*", " ");
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A paragraph of its own: also escapes what would make its start a list, quote or heading. */
  static String paragraph(String text) {
    String s = escape(text.strip());
    if (!s.isEmpty() && "-+=".indexOf(s.charAt(0)) >= 0) {
      return "\\" + s;
    }
    java.util.regex.Matcher ordered = java.util.regex.Pattern.compile("^(\\d{1,9})([.)])").matcher(s);
    return ordered.find() ? ordered.group(1) + "\\" + s.substring(ordered.group(1).length()) : s;
  }

  /** A code span that holds any text: the fence is longer than any backtick run inside. */
  static String codeSpan(String text) {
    String flat = text.replaceAll("\\R", " ");
    int longest = 0;
    int run = 0;
    for (int i = 0; i < flat.length(); i++) {
      run = flat.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = flat.startsWith("`") || flat.endsWith("`") || (flat.startsWith(" ") && flat.endsWith(" ") && !flat.isBlank());
    return pad ? fence + " " + flat + " " + fence : fence + flat + fence;
  }
}
