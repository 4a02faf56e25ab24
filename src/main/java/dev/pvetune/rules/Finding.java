package dev.pvetune.rules;

import java.util.List;
import java.util.Optional;

/** One problem on one resource, with the facts behind it, its cost and its remedies. */
public record Finding(
    RuleInfo rule,
    Severity severity,
    String resource,
    String message,
    List<Evidence> evidence,
    Optional<String> impact,
    List<FixAction> fixes) {

  public Finding {
    evidence = List.copyOf(evidence);
    fixes = List.copyOf(fixes);
  }
}
