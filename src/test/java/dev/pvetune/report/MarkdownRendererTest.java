package dev.pvetune.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.bundle.BundleReader;
import dev.pvetune.cli.Audit;
import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleRegistry;
import dev.pvetune.rules.Severity;
import dev.pvetune.settings.Settings;
import dev.pvetune.settings.SettingsLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  @Test
  void escapesEverythingThatWouldChangeTheLayout() {
    assertThat(MarkdownRenderer.escape("a|b *c* _d_ `e` [f](g) <h> ~i~ #j & \\k"))
        .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\~i\\~ \\#j \\& \\\\k");
    assertThat(MarkdownRenderer.escape("two\nlines\r\n  here")).isEqualTo("two lines here");
    assertThat(MarkdownRenderer.paragraph("- not a list")).isEqualTo("\\- not a list");
    assertThat(MarkdownRenderer.paragraph("1. not a list")).isEqualTo("1\\. not a list");
    assertThat(MarkdownRenderer.paragraph("=== not a heading")).isEqualTo("\\=== not a heading");
    assertThat(MarkdownRenderer.codeSpan("files/etc/pve/x.conf:3")).isEqualTo("`files/etc/pve/x.conf:3`");
    assertThat(MarkdownRenderer.codeSpan("a`b")).isEqualTo("``a`b``");
    assertThat(MarkdownRenderer.codeSpan("`x``")).isEqualTo("``` `x`` ```");
  }

  @Test
  void theExampleAuditAsMarkdown() throws IOException {
    Settings settings = SettingsLoader.parse("ops/pve settings.yaml", """
        waivers:
          - rule: DISK-012
            resource: node/pve1/qemu/102/*
            reason: "replaced in March | see *OPS_12*"
          - rule: DISK-008
            resource: node/pve1/qemu/104/*
            reason: old
            expires: 2020-01-01
        """, RuleRegistry.all().stream().map(Rule::info).toList());
    AuditResult result = Audit.run(new BundleReader().demo(), settings, LocalDate.of(2026, 11, 20));
    StringWriter out = new StringWriter();
    new MarkdownRenderer().render(result, new AuditContext("9.9.9", Severity.HIGH, false, true, Optional.of("ops/pve settings.yaml")), out);
    String md = out.toString();
    List<String> lines = Arrays.asList(md.split("\n", -1));

    assertThat(lines.get(0)).isEqualTo("# pvetune audit of node pve1");
    assertThat(md).contains("""

        ## Summary

        | Severity | Findings |
        |---|---:|
        | Critical | %d |
        | High | %d |
        """.formatted(result.count(Severity.CRITICAL), result.count(Severity.HIGH)));
    assertThat(md).contains("| **Total** | **" + result.findings().size() + "** |\n| Waived | 2 |\n",
        "Waiver expiry checked against 2026-11-20 (the audit's date).");
    assertThat(lines).filteredOn(l -> l.startsWith("## ")).containsExactly(
        "## Summary", "## Critical (" + result.count(Severity.CRITICAL) + ")", "## High (" + result.count(Severity.HIGH) + ")",
        "## Medium (" + result.count(Severity.MEDIUM) + ")", "## Low (" + result.count(Severity.LOW) + ")",
        "## Info (" + result.count(Severity.INFO) + ")", "## Expired waivers (1)", "## Waived (2)");
    assertThat(lines).filteredOn(l -> l.startsWith("### ")).hasSize(result.findings().size());
    assertThat(md).contains("""
        ### DISK-002 `cache-on-migratable`: node/pve1/qemu/105/scsi0

        VM 105 (files-nfs) scsi0 uses cache=writeback but can live-migrate: storage nas-vm is shared (nfs)

        - **Impact:** Dirty data in one node's page cache is not coherent with the other node during a live migration: a known corruption vector
        - **Evidence:**
          - scsi0: nas-vm:105/vm-105-disk-0.qcow2,cache=writeback,discard=on,iothread=1,size=200G (`files/etc/pve/nodes/pve1/qemu-server/105.conf:13`)
        """);
    assertThat(md).contains("  - Drop cache=writeback (default cache=none) so no host cache holds guest writes *(next guest restart)*");
    assertThat(md).as("underscores of device names escaped").contains("### POOL-008 `special-not-redundant`: pool/tank/nvme-INTEL\\_SSDPEDMD400G4");
    assertThat(md).contains("- **Waiver expired** on 2020-01-01 (`ops/pve settings.yaml:5`): old");
    assertThat(md).contains("| DISK-012 discard-missing | low | node/pve1/qemu/102/scsi0 | ",
        " | replaced in March \\| see \\*OPS\\_12\\* | never | ops/pve settings.yaml:2 |");
    assertThat(md).contains("| DISK-008 | node/pve1/qemu/104/\\* | 2020-01-01 | old | ops/pve settings.yaml:5 | 1 |");
    assertThat(md).doesNotContain("\u001b[");
    long header = -1;
    for (String line : lines) {
      if (!line.startsWith("|")) {
        header = -1;
        continue;
      }
      long cells = line.replace("\\|", "").chars().filter(c -> c == '|').count();
      if (header < 0) {
        header = cells;
      }
      assertThat(cells).as("every row of a table has as many cells as its header: " + line).isEqualTo(header);
    }
  }

  @Test
  void notEvaluatedRulesAndDiagnosticsHaveTheirSections() throws IOException {
    AuditResult result = Audit.run(new BundleReader().demo());
    AuditResult partial = new AuditResult(result.inventory(), result.rules(), List.of(),
        List.of(new dev.pvetune.rules.NotEvaluated(result.rules().get(0), "needs zpool status | the command failed", List.of()),
            new dev.pvetune.rules.NotEvaluated(result.rules().get(1), "volume not listed", List.of("node/pve1/qemu/9_9/scsi0"))));
    StringWriter out = new StringWriter();
    new MarkdownRenderer().render(partial, new AuditContext("9.9.9", Severity.HIGH, false), out);
    assertThat(out.toString()).contains("## Not evaluated\n\n| Rule | Reason | Skipped |\n|---|---|---|\n",
        "| needs zpool status \\| the command failed | the whole rule |",
        "| volume not listed | node/pve1/qemu/9\\_9/scsi0 |",
        "Nothing at or above high: exit status 0.").doesNotContain("## Critical", "Waived");
  }
}
