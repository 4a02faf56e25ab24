package dev.pvetune.rules;

import dev.pvetune.model.Inventory;
import dev.pvetune.settings.Waiver;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an audit produced: findings in report order, rules not evaluated, and the rules run; with a
 * settings file also the findings its waivers took out of the report, the waivers that expired,
 * and the day their expiry was checked against.
 */
public record AuditResult(
    Inventory inventory,
    List<RuleInfo> rules,
    List<Finding> findings,
    List<NotEvaluated> notEvaluated,
    List<Waived> waived,
    List<ExpiredWaiver> expiredWaivers,
    Optional<LocalDate> waiversCheckedOn) {

  public AuditResult {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    notEvaluated = List.copyOf(notEvaluated);
    waived = List.copyOf(waived);
    expiredWaivers = List.copyOf(expiredWaivers);
  }

  public AuditResult(Inventory inventory, List<RuleInfo> rules, List<Finding> findings, List<NotEvaluated> notEvaluated) {
    this(inventory, rules, findings, notEvaluated, List.of(), List.of(), Optional.empty());
  }

  /** A finding an unexpired waiver took out of the report. */
  public record Waived(Finding finding, Waiver waiver) {}

  /** A waiver past its expiry date, and the findings it no longer hides (possibly none). */
  public record ExpiredWaiver(Waiver waiver, List<Finding> findings) {
    public ExpiredWaiver {
      findings = List.copyOf(findings);
    }
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean anyAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** The expired waiver that would have hidden this reported finding, if any. */
  public Optional<ExpiredWaiver> expiredWaiverOf(Finding finding) {
    return expiredWaivers.stream().filter(e -> e.findings().contains(finding)).findFirst();
  }
}
