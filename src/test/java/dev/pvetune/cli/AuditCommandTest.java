package dev.pvetune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  private static final String MANIFEST = "{\"format\":\"pvetune-bundle\",\"version\":1,\"node\":\"pve9\","
      + "\"collectedAt\":\"2026-11-20T09:14:03Z\",\"commands\":[],\"files\":[],\"missing\":[]}";
  private static final Path BASE = Path.of("src/test/resources/dev/pvetune/rules/base");

  @TempDir Path temp;

  @Test
  void exampleAuditShowsManyRulesAndKeepsHealthyGuestsQuiet() throws IOException {
    Run run = Run.of("audit", "--format", "json");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("built-in example");
    JsonNode report = new ObjectMapper().readTree(run.out());
    Set<String> rules = new TreeSet<>();
    report.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
    assertThat(rules).hasSizeGreaterThanOrEqualTo(12);
    List<String> resources = StreamSupport.stream(report.path("findings").spliterator(), false)
        .map(f -> f.path("resource").asText()).toList();
    assertThat(resources).as("healthy guests of the example stay quiet")
        .noneMatch(r -> r.startsWith("node/pve1/qemu/100") || r.startsWith("node/pve1/lxc/201") || r.startsWith("node/pve1/qemu/101/"));
    assertThat(report.path("findings")).as("the template VM 107 may use cache=unsafe")
        .noneMatch(f -> f.path("rule").asText().equals("DISK-003") && f.path("resource").asText().startsWith("node/pve1/qemu/107"));
  }

  @Test
  void jsonReportMatchesTheDocumentedSchema() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode schema = json.readTree(Path.of("docs/audit-report.schema.json").toFile());
    JsonNode report = json.readTree(Run.of("audit", "--format", "json").out());
    List<String> problems = new SchemaCheck(schema).check(report);
    assertThat(problems).isEmpty();
    assertThat(report.path("findings").size()).isGreaterThan(0);
  }

  @Test
  void textReportGroupsBySeverityAndSummarises() {
    Run run = Run.of("audit");
    assertThat(run.out()).contains("CRITICAL (", "HIGH (", "Summary", "pvetune explain");
    assertThat(run.out()).doesNotContain("\u001b[");
  }

  @Test
  void failOnDecidesTheExitStatus() {
    assertThat(Run.of("audit", "--bundle", BASE.toString(), "--fail-on", "info").exit()).isZero();
    assertThat(Run.of("audit", "--fail-on", "critical").exit()).isEqualTo(1);
    Run bad = Run.of("audit", "--fail-on", "severe");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("severe");
  }

  @Test
  void outputOptionWritesTheReportToAFile() throws IOException {
    Path file = temp.resolve("report.json");
    Run run = Run.of("audit", "--format", "json", "-o", file.toString());
    assertThat(run.out()).isEmpty();
    assertThat(new ObjectMapper().readTree(file.toFile()).path("schema").asText()).isEqualTo("pvetune-audit");
  }

  @Test
  void pathTraversalInAnArchiveIsRefused() throws IOException {
    Path bundle = temp.resolve("evil.tar.gz");
    Files.write(bundle, new TarBuilder().file("manifest.json", MANIFEST).file("../../etc/cron.d/evil", "x").gzip());
    assertRefused(Run.of("audit", "--bundle", bundle.toString()), "evil.tar.gz", "outside the bundle");
  }

  @Test
  void absolutePathsAndLinksInAnArchiveAreRefused() throws IOException {
    Path absolute = temp.resolve("abs.tar.gz");
    Files.write(absolute, new TarBuilder().file("manifest.json", MANIFEST).file("/etc/passwd", "x").gzip());
    assertRefused(Run.of("audit", "--bundle", absolute.toString()), "abs.tar.gz", "absolute");
    Path link = temp.resolve("link.tar.gz");
    Files.write(link, new TarBuilder().file("manifest.json", MANIFEST).symlink("files/etc/pve/storage.cfg", "/etc/shadow").gzip());
    assertRefused(Run.of("audit", "--bundle", link.toString()), "link.tar.gz", "link");
  }

  @Test
  void truncatedArchiveIsRefused() throws IOException {
    byte[] whole = new TarBuilder().file("manifest.json", MANIFEST).file("files/proc/meminfo", "MemTotal: 1 kB\n".repeat(400)).gzip();
    Path bundle = temp.resolve("cut.tar.gz");
    Files.write(bundle, Arrays.copyOf(whole, whole.length / 2));
    assertRefused(Run.of("audit", "--bundle", bundle.toString()), "cut.tar.gz", "truncated");
  }

  @Test
  void emptyDirectoryAndMissingPathAreRefused() throws IOException {
    Path empty = Files.createDirectory(temp.resolve("empty"));
    assertRefused(Run.of("audit", "--bundle", empty.toString()), "empty", "empty");
    assertRefused(Run.of("audit", "--bundle", temp.resolve("nope").toString()), "nope", "no such bundle");
  }

  @Test
  void symlinkInADirectoryBundleIsRefused() throws IOException {
    Path dir = Files.createDirectory(temp.resolve("linked"));
    Files.writeString(dir.resolve("manifest.json"), MANIFEST);
    Files.createSymbolicLink(dir.resolve("files"), Path.of("/etc"));
    assertRefused(Run.of("audit", "--bundle", dir.toString()), "linked", "symbolic link");
  }

  @Test
  void wrongManifestIsRefused() throws IOException {
    Path dir = Files.createDirectory(temp.resolve("old"));
    Files.writeString(dir.resolve("manifest.json"), MANIFEST.replace("\"version\":1", "\"version\":7"));
    assertRefused(Run.of("audit", "--bundle", dir.toString()), "manifest.json", "version 7");
    Files.writeString(dir.resolve("manifest.json"), "{\"format\":");
    assertRefused(Run.of("audit", "--bundle", dir.toString()), "manifest.json", "not valid JSON");
  }

  @Test
  void garbageLinesInAConfigAreReportedAndTheRestIsAudited() throws IOException {
    Path dir = temp.resolve("garbage");
    copy(BASE, dir);
    Path conf = dir.resolve("files/etc/pve/nodes/pve1/qemu-server/100.conf");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(conf));
    lines.add(2, "this line is not a setting");
    lines.add(3, "scsi1: local-zfs:vm-100-disk-0,cache=writeback,discard=on,iothread=1,size=32G");
    Files.write(conf, lines);
    Run run = Run.of("audit", "--bundle", dir.toString(), "--format", "json");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.path("diagnostics").toString()).contains("100.conf", "\"line\":3");
    assertThat(report.path("findings").toString()).contains("DISK-001", "node/pve1/qemu/100/scsi1");
    assertThat(run.err()).doesNotContain("Exception");
  }

  private static void assertRefused(Run run, String names, String says) {
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).as("one line on stderr").doesNotContain("\n").startsWith("pvetune: ").contains(names).containsIgnoringCase(says);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.collect(Collectors.toList())) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
