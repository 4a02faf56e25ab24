package dev.pvetune.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.bundle.BundleReader;
import dev.pvetune.cli.Audit;
import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.Finding;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.RuleRegistry;
import dev.pvetune.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingPolicyTest {
  private static final List<RuleInfo> RULES = RuleRegistry.all().stream().map(Rule::info).toList();
  private static final String EXPIRING = """
      waivers:
        - rule: DISK-008
          resource: node/pve1/qemu/104/*
          reason: CI runner
          expires: 2026-11-20
      """;

  @Test
  void aWaiverHoldsThroughItsExpiryDayAndEndsTheDayAfter() {
    Settings settings = SettingsLoader.parse("s.yaml", EXPIRING, RULES);
    AuditResult onTheDay = audit(settings, LocalDate.of(2026, 11, 20));
    assertThat(onTheDay.waived()).extracting(w -> w.finding().resource()).containsExactly("node/pve1/qemu/104/virtio0");
    assertThat(onTheDay.expiredWaivers()).isEmpty();
    assertThat(onTheDay.waiversCheckedOn()).contains(LocalDate.of(2026, 11, 20));

    AuditResult dayAfter = audit(settings, LocalDate.of(2026, 11, 21));
    assertThat(dayAfter.waived()).isEmpty();
    Finding f = dayAfter.findings().stream().filter(x -> x.rule().id().equals("DISK-008")).findFirst().orElseThrow();
    assertThat(dayAfter.expiredWaiverOf(f)).hasValueSatisfying(e -> assertThat(e.waiver().expires()).contains(LocalDate.of(2026, 11, 20)));
    assertThat(dayAfter.expiredWaivers()).singleElement().satisfies(e -> assertThat(e.findings()).containsExactly(f));
  }

  @Test
  void anUnexpiredWaiverForTheSameFindingWinsOverAnExpiredOne() {
    Settings settings = SettingsLoader.parse("s.yaml", EXPIRING + """
          - rule: iothread-missing
            resource: "**"
            reason: no iothreads on this cluster
        """, RULES);
    AuditResult result = audit(settings, LocalDate.of(2027, 1, 1));
    assertThat(result.waived()).singleElement().satisfies(w -> assertThat(w.waiver().reason()).isEqualTo("no iothreads on this cluster"));
    assertThat(result.expiredWaivers()).singleElement().satisfies(e -> assertThat(e.findings()).isEmpty());
    assertThat(result.findings()).noneMatch(f -> f.rule().id().equals("DISK-008"));
  }

  @Test
  void overriddenSeveritiesAreSortedAndCountedAndWaivedFindingsDoNotFail() {
    Settings settings = SettingsLoader.parse("s.yaml", """
        severities:
          DISK-012: critical
        waivers:
          - rule: DISK-003
            resource: node/pve1/qemu/104/virtio0
            reason: CI runner
        """, RULES);
    AuditResult result = audit(settings, LocalDate.of(2026, 11, 20));
    List<Finding> critical = result.findings().stream().filter(f -> f.severity() == Severity.CRITICAL).toList();
    assertThat(critical).extracting(f -> f.rule().id()).contains("DISK-012").doesNotContain("DISK-003");
    assertThat(result.findings()).as("every DISK-012 finding, low ones included, became critical")
        .noneMatch(f -> f.rule().id().equals("DISK-012") && f.severity() != Severity.CRITICAL);
    assertThat(result.findings()).isSortedAccordingTo((a, b) -> a.severity().compareTo(b.severity()));
    assertThat(result.waived()).singleElement().satisfies(w -> assertThat(w.finding().severity()).isEqualTo(Severity.CRITICAL));
  }

  @Test
  void withoutSettingsTheResultIsUntouched() {
    AuditResult plain = audit(Settings.NONE, LocalDate.of(2026, 11, 20));
    assertThat(plain.waived()).isEmpty();
    assertThat(plain.expiredWaivers()).isEmpty();
    assertThat(plain.waiversCheckedOn()).isEmpty();
    assertThat(plain.findings()).anyMatch(f -> f.rule().id().equals("DISK-003"));
  }

  private static AuditResult audit(Settings settings, LocalDate today) {
    return Audit.run(new BundleReader().demo(), settings, today);
  }
}
