package dev.pvetune.rules;

import dev.pvetune.model.Inventory;
import java.util.List;

/** What an audit produced: findings in report order, rules not evaluated, and the rules run. */
public record AuditResult(Inventory inventory, List<RuleInfo> rules, List<Finding> findings, List<NotEvaluated> notEvaluated) {
  public AuditResult {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    notEvaluated = List.copyOf(notEvaluated);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean anyAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
