package dev.pvetune.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.model.Role;
import dev.pvetune.parse.ParseException;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.RuleRegistry;
import dev.pvetune.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  private static final List<RuleInfo> RULES = RuleRegistry.all().stream().map(Rule::info).toList();

  @TempDir Path temp;

  @Test
  void theDocumentedExampleLoads() {
    Settings s = SettingsLoader.load(Path.of("docs/settings.example.yaml"), RULES);
    assertThat(s.file()).isEqualTo("docs/settings.example.yaml");
    assertThat(s.roles()).hasSize(3);
    RoleAssignment ci = s.roles().get(0);
    assertThat(ci.selector()).isEqualTo("name ci-*");
    assertThat(ci.roles()).containsExactly(Role.DISPOSABLE);
    assertThat(s.roles().get(1).vmid()).hasValue(102);
    assertThat(s.roles().get(2).roles()).containsExactly(Role.WINDOWS_INFRA);
    Thresholds t = s.thresholds();
    assertThat(t).isEqualTo(new Thresholds(80, 90, 95, 35, 10, 30, OptionalLong.of(4L << 30), 80, 70, 1_000_000L));
    assertThat(s.severities()).isEqualTo(Map.of("DISK-010", Severity.LOW, "DISK-012", Severity.MEDIUM));
    assertThat(s.waivers()).hasSize(2);
    Waiver pool = s.waivers().get(1);
    assertThat(pool.rule()).as("slug resolved to the id").isEqualTo("POOL-003");
    assertThat(pool.resource()).hasToString("pool/tank");
    assertThat(pool.reason()).startsWith("Migration");
    assertThat(pool.expires()).contains(LocalDate.of(2027, 3, 31));
    assertThat(pool.source()).hasToString("docs/settings.example.yaml:51");
    assertThat(s.waivers().get(0).expires()).isEmpty();
  }

  @Test
  void partialThresholdsKeepTheOtherDefaultsAndSizesTakeUnits() {
    Settings s = parse("""
        thresholds:
          pool-fill-high: 85
          host-memory-reserve: 512M
        """);
    assertThat(s.thresholds().poolFillHigh()).isEqualTo(85);
    assertThat(s.thresholds().poolFillMedium()).isEqualTo(80);
    assertThat(s.thresholds().hostReserveBytes()).hasValue(512L << 20);
    assertThat(parse("thresholds:\n  host-memory-reserve: 6GiB\n").thresholds().hostReserveBytes()).hasValue(6L << 30);
    assertThat(parse("thresholds:\n  host-memory-reserve: 3221225472\n").thresholds().hostReserveBytes()).hasValue(3L << 30);
  }

  @Test
  void anEmptyFileChangesNothing() {
    Settings s = parse("# nothing yet\n");
    assertThat(s.thresholds()).isEqualTo(Thresholds.DEFAULTS);
    assertThat(s.roles()).isEmpty();
    assertThat(s.waivers()).isEmpty();
  }

  @Test
  void unknownKeysAreRefusedWhereTheyAre() {
    assertError("""
        roles: []
        treshold:
          pool-fill-high: 85
        """, 2, "unknown key 'treshold'");
    assertError("""
        thresholds:
          pool-fill-high: 85
          pool-fill-hi: 85
        """, 3, "thresholds: unknown key 'pool-fill-hi'");
    assertError("""
        waivers:
          - rule: DISK-003
            resource: node/pve1/qemu/104/*
            reason: CI
            until: 2027-01-01
        """, 5, "waivers[1]: unknown key 'until'");
  }

  @Test
  void wrongTypesAreRefused() {
    assertError("""
        thresholds:
          pool-fill-high: ninety
        """, 2, "thresholds.pool-fill-high: expected a whole number, got 'ninety'");
    assertError("""
        thresholds:
          scrub-max-age-days: 3.5
        """, 2, "expected a whole number, got 3.5");
    assertError("roles:\n  vmid: 104\n", 2, "roles should be a list");
    assertError("""
        roles:
          - vmid: "104"
            roles: [db]
        """, 2, "roles[1].vmid: expected a whole number, got '104'");
    assertError("severities:\n  DISK-010: [info]\n", 2, "severities.DISK-010: expected text, got a list");
    assertError("- roles\n", 1, "the settings file should be a mapping");
  }

  @Test
  void outOfRangeAndDisorderedThresholdsAreRefused() {
    assertError("thresholds:\n  pool-fill-critical: 120\n", 2, "120 is out of range (1 to 100)");
    assertError("""
        thresholds:
          pool-fill-medium: 92
          pool-fill-high: 90
        """, 3, "pool-fill-medium (92) must not be above pool-fill-high (90)");
    assertError("thresholds:\n  host-memory-reserve: lots\n", 2, "'lots' is not a memory size");
  }

  @Test
  void badSeverityIsRefused() {
    assertError("""
        severities:
          DISK-010: info
          pool-full: severe
        """, 3, "severities.pool-full: unknown severity 'severe' (use critical, high, medium, low or info)");
  }

  @Test
  void unknownRulesAreRefused() {
    assertError("severities:\n  DISK-999: low\n", 2, "severities: unknown rule 'DISK-999'");
    assertError("""
        waivers:
          - rule: cache-unsave
            resource: "**"
            reason: typo
        """, 2, "waivers[1].rule: unknown rule 'cache-unsave'");
    assertError("""
        severities:
          DISK-003: high
          cache-unsafe: low
        """, 3, "DISK-003 (cache-unsafe) is already given at line 2");
  }

  @Test
  void badDatesAreRefused() {
    String waiver = """
        waivers:
          - rule: DISK-003
            resource: node/pve1/qemu/104/*
            reason: CI
            expires: %s
        """;
    assertError(waiver.formatted("2027-02-30"), 5, "waivers[1].expires: 2027-02-30 is not a date of the calendar");
    assertError(waiver.formatted("next week"), 5, "expected a date YYYY-MM-DD, got 'next week'");
    assertError(waiver.formatted("20270131"), 5, "expected a date YYYY-MM-DD, got 20270131");
    assertError(waiver.formatted("31.01.2027"), 5, "expected a date YYYY-MM-DD");
  }

  @Test
  void badPatternsAreRefused() {
    assertError("""
        waivers:
          - rule: DISK-003
            reason: CI
            resource: "node/pve1/qemu/10[4/*"
        """, 4, "waivers[1].resource: bad pattern: 'node/pve1/qemu/10[4/*': a [set] cannot contain '/'");
    assertError("""
        roles:
          - name: "ci-[ab"
            roles: [disposable]
        """, 2, "roles[1].name: bad pattern: 'ci-[ab': '[' is not closed by ']'");
  }

  @Test
  void aWaiverNeedsAReason() {
    assertError("""
        waivers:
          - rule: DISK-008
            resource: node/pve1/qemu/104/*
          - rule: DISK-003
            resource: node/pve1/qemu/104/*
        """, 2, "waivers[1] (DISK-008 on node/pve1/qemu/104/*): a waiver needs a reason: say why this finding is accepted");
    assertError("""
        waivers:
          - rule: DISK-008
            resource: node/pve1/qemu/104/*
            reason: "  "
        """, 4, "a waiver needs a reason");
    assertError("""
        waivers:
          - rule: DISK-008
            resource: node/pve1/qemu/104/*
            reason:
        """, 4, "a waiver needs a reason");
  }

  @Test
  void roleEntriesNeedOneSelectorAndKnownRoles() {
    assertError("""
        roles:
          - vmid: 104
            name: ci-runner
            roles: [disposable]
        """, 2, "roles[1]: select guests with either 'vmid' or 'name' (a pattern such as ci-*), not both");
    assertError("""
        roles:
          - vmid: 104
            roles: [disposable, scratch]
        """, 3, "roles[1].roles: unknown role 'scratch' (use db, windows-infra, ai, media, disposable, template)");
    assertError("roles:\n  - vmid: 104\n", 2, "roles[1]: missing 'roles'");
    assertError("roles:\n  - vmid: 42\n    roles: db\n", 2, "42 is not a Proxmox guest id");
  }

  @Test
  void yamlSyntaxErrorsDuplicatesAliasesAndExtraDocumentsNameTheLine() {
    assertError("""
        thresholds:
          pool-fill-high: 85
         pool-fill-medium: 70
        """, 3, "not valid YAML");
    assertError("""
        thresholds:
          pool-fill-high: 85
          pool-fill-high: 88
        """, 3, "'pool-fill-high' is given twice (first at line 2)");
    assertError("""
        thresholds:
          pool-fill-high: &h 85
          pool-fill-critical: *h
        """, 3, "aliases");
    assertError("""
        thresholds:
          pool-fill-high: 85
        ---
        roles: []
        """, 4, "second YAML document");
  }

  @Test
  void unreadableFilesAreReportedByName() throws Exception {
    assertThatThrownBy(() -> SettingsLoader.load(temp.resolve("nope.yaml"), RULES))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.describe()).endsWith("nope.yaml: no such settings file"));
    Path latin1 = temp.resolve("latin1.yaml");
    Files.write(latin1, new byte[] {'r', 'o', 'l', 'e', 's', ':', ' ', '[', (byte) 0xe9, ']', '\n'});
    assertThatThrownBy(() -> SettingsLoader.load(latin1, RULES)).hasMessageContaining("not UTF-8");
    assertThatThrownBy(() -> SettingsLoader.load(temp, RULES)).hasMessageContaining("is a directory");
  }

  private static Settings parse(String yaml) {
    return SettingsLoader.parse("s.yaml", yaml, RULES);
  }

  private static void assertError(String yaml, int line, String says) {
    ThrowingCallable load = () -> parse(yaml);
    assertThatThrownBy(load).isInstanceOfSatisfying(ParseException.class, e -> {
      assertThat(e.describe()).as("one line").doesNotContain("\n");
      assertThat(e.describe()).startsWith("s.yaml:" + line + ": ").contains(says);
    });
  }
}
