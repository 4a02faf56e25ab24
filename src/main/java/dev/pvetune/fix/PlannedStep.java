package dev.pvetune.fix;

import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Severity;
import java.util.List;

/**
 * An automated step: the findings it fixes, its most disruptive class, the highest severity among
 * them, the resource and change in words, and the action. {@code notes} say what was merged or
 * dropped (two findings asking for different values of one option).
 */
public record PlannedStep(List<FindingRef> findings, Disruption disruption, Severity severity, String resource, String change, Action action, List<String> notes) {
  public PlannedStep {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }
}
