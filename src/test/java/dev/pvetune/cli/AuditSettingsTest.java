package dev.pvetune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditSettingsTest {
  private static final Path DIR = Path.of("src/test/resources/dev/pvetune/settings");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aRoleGivenByNamePatternQuietsCacheUnsafe() throws IOException {
    assertThat(findings(json())).contains("DISK-003 node/pve1/qemu/104/virtio0");
    List<String> with = findings(json("--settings", DIR.resolve("ci-disposable.yaml").toString()));
    assertThat(with).doesNotContain("DISK-003 node/pve1/qemu/104/virtio0")
        .as("the guest's other findings stay").contains("DISK-008 node/pve1/qemu/104/virtio0");
  }

  @Test
  void thresholdsDecidePoolFullSeverity() throws IOException {
    assertThat(severityOf(json(), "POOL-003", "pool/tank")).isEqualTo("high");
    JsonNode report = json("--settings", DIR.resolve("pool-fill.yaml").toString());
    assertThat(severityOf(report, "POOL-003", "pool/tank")).as("91% against a critical level of 91").isEqualTo("critical");
    assertThat(severityOf(report, "POOL-003", "pool/backup")).as("62% against a medium level of 60").isEqualTo("medium");
    assertThat(findings(report)).noneMatch(f -> f.equals("POOL-003 pool/rpool") || f.equals("POOL-003 pool/fast"));
  }

  @Test
  void severityOverridesApplyByIdOrSlugAndDecideTheExitStatus() throws IOException {
    Run run = Run.of("audit", "--format", "json", "--settings", DIR.resolve("severities.yaml").toString());
    JsonNode report = JSON.readTree(run.out());
    assertThat(severityOf(report, "DISK-010", "node/pve1/qemu/102")).isEqualTo("info");
    assertThat(severityOf(report, "DISK-010", "node/pve1/qemu/103")).isEqualTo("info");
    assertThat(severityOf(report, "DISK-002", "node/pve1/qemu/105/scsi0")).isEqualTo("medium");
    int infoBefore = json().path("summary").path("findings").path("info").asInt();
    assertThat(report.path("summary").path("findings").path("info").asInt()).as("the two DISK-010 findings became info").isEqualTo(infoBefore + 2);
    assertThat(report.path("findings").get(0).path("severity").asText()).as("still most severe first").isEqualTo("critical");
    assertThat(Run.of("audit", "--fail-on", "critical", "--settings", DIR.resolve("severities.yaml").toString()).exit())
        .as("DISK-003 and others stay critical").isEqualTo(1);
  }

  @Test
  void aWaiverTakesOutExactlyTheFindingsItMatches() throws IOException {
    List<String> before = findings(json());
    String settings = DIR.resolve("waive-102-discard.yaml").toString();
    JsonNode report = json("--settings", settings);
    List<String> after = findings(report);
    List<String> gone = new ArrayList<>(before);
    gone.removeAll(after);
    assertThat(gone).containsExactly("DISK-012 node/pve1/qemu/102/scsi0", "DISK-012 node/pve1/qemu/102/scsi1");
    assertThat(after).contains("DISK-012 node/pve1/qemu/103/ide0", "DISK-001 node/pve1/qemu/102/scsi0");
    assertThat(report.path("summary").path("waived").asInt()).isEqualTo(2);
    JsonNode waived = report.path("waived").get(0);
    assertThat(waived.path("finding").path("resource").asText()).isEqualTo("node/pve1/qemu/102/scsi0");
    assertThat(waived.path("waiver").path("reason").asText()).startsWith("db01 is replaced");
    assertThat(waived.path("waiver").path("expires").asText()).isEqualTo("2999-12-31");
    assertThat(waived.path("waiver").path("line").asInt()).isEqualTo(2);
    assertThat(report.path("settings").path("waiversCheckedOn").asText()).isEqualTo(LocalDate.now().toString());

    Run text = Run.of("audit", "--settings", settings);
    assertThat(text.out()).contains("waived: 2 findings (--show-waived lists them); waiver expiry checked against " + LocalDate.now())
        .doesNotContain("WAIVED", "discard-missing  node/pve1/qemu/102");
    Run shown = Run.of("audit", "--settings", settings, "--show-waived");
    assertThat(shown.out()).contains("WAIVED (2)", "DISK-012 discard-missing [low]  node/pve1/qemu/102/scsi1",
        "waived: db01 is replaced in March | its disks are *thick* on_purpose (until 2999-12-31; " + settings + ":2)");
  }

  @Test
  void aWaiverWithoutReasonStopsTheAuditWithOneLine() {
    Path file = DIR.resolve("waiver-without-reason.yaml");
    Run run = Run.of("audit", "--settings", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).as("the settings file is read before the bundle is opened").doesNotContain("built-in example");
    assertThat(run.err().strip()).doesNotContain("\n")
        .isEqualTo("pvetune: " + file + ":5: waivers[2] (DISK-012 on node/pve1/qemu/102/*): a waiver needs a reason: "
            + "say why this finding is accepted, e.g. reason: \"CI runner, rebuilt nightly\"");
  }

  @Test
  void anExpiredWaiverIsReportedAndNotApplied() throws IOException {
    String settings = DIR.resolve("waiver-expired.yaml").toString();
    JsonNode report = json("--settings", settings);
    assertThat(findings(report)).contains("DISK-008 node/pve1/qemu/104/virtio0");
    assertThat(report.path("summary").path("waived").asInt()).isZero();
    assertThat(report.path("summary").path("expiredWaivers").asInt()).isEqualTo(1);
    JsonNode expired = report.path("expiredWaivers").get(0);
    assertThat(expired.path("waiver").path("expires").asText()).isEqualTo("2020-01-31");
    assertThat(expired.path("findings").toString()).isEqualTo("[{\"rule\":\"DISK-008\",\"resource\":\"node/pve1/qemu/104/virtio0\"}]");
    JsonNode finding = finding(report, "DISK-008", "node/pve1/qemu/104/virtio0");
    assertThat(finding.path("expiredWaiver").path("reason").asText()).startsWith("CI runner");

    String text = Run.of("audit", "--settings", settings).out();
    assertThat(text).contains("its waiver expired on 2020-01-31 (" + settings + ":2: CI runner, until the new runner image ships)",
        "expired waivers (1, no longer applied):",
        "DISK-008 node/pve1/qemu/104/** expired on 2020-01-31 (" + settings + ":2): 1 finding reported again",
        "waiver expiry checked against " + LocalDate.now() + " (the audit's date)");
  }

  @Test
  void reportsWithSettingsMatchTheDocumentedSchema() throws IOException {
    JsonNode schema = JSON.readTree(Path.of("docs/audit-report.schema.json").toFile());
    for (String file : List.of("waive-102-discard.yaml", "waiver-expired.yaml", "severities.yaml")) {
      JsonNode report = json("--settings", DIR.resolve(file).toString());
      assertThat(new SchemaCheck(schema).check(report)).as(file).isEmpty();
    }
    JsonNode example = json("--settings", "docs/settings.example.yaml");
    assertThat(new SchemaCheck(schema).check(example)).isEmpty();
    assertThat(example.path("waived")).isNotEmpty();
  }

  @Test
  void anInvalidSettingsFileNamesItsLineWithoutAStackTrace() throws IOException {
    Path bad = java.nio.file.Files.createTempFile("pvetune-settings", ".yaml");
    try {
      java.nio.file.Files.writeString(bad, "thresholds:\n  pool-fill-high: 85\n  pool-fill-medium: high\n");
      Run run = Run.of("audit", "--settings", bad.toString(), "--format", "json");
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err().strip()).isEqualTo("pvetune: " + bad + ":3: thresholds.pool-fill-medium: expected a whole number, got 'high'");
      assertThat(Run.of("audit", "--settings", bad.resolveSibling("no-such-settings.yaml").toString()).err())
          .contains("no-such-settings.yaml: no such settings file").doesNotContain("Exception");
    } finally {
      java.nio.file.Files.delete(bad);
    }
  }

  @Test
  void markdownIsAnOutputFormat() {
    Run run = Run.of("audit", "--format", "md", "--settings", DIR.resolve("waive-102-discard.yaml").toString(), "--show-waived");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith("# pvetune audit of node pve1\n").contains("## Summary", "## Critical (", "## Waived (2)")
        .doesNotContain("\u001b[");
  }

  private static JsonNode json(String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("audit", "--format", "json"));
    args.addAll(List.of(extra));
    Run run = Run.of(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    return JSON.readTree(run.out());
  }

  private static List<String> findings(JsonNode report) {
    List<String> out = new ArrayList<>();
    report.path("findings").forEach(f -> out.add(f.path("rule").asText() + " " + f.path("resource").asText()));
    return out;
  }

  private static JsonNode finding(JsonNode report, String rule, String resource) {
    for (JsonNode f : report.path("findings")) {
      if (f.path("rule").asText().equals(rule) && f.path("resource").asText().equals(resource)) {
        return f;
      }
    }
    throw new AssertionError("no " + rule + " finding on " + resource + " in " + findings(report));
  }

  private static String severityOf(JsonNode report, String rule, String resource) {
    return finding(report, rule, resource).path("severity").asText();
  }
}
