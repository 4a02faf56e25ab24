package dev.pvetune.fix;

import dev.pvetune.rules.Finding;
import dev.pvetune.rules.Severity;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which findings a plan covers: rule ids (empty = all) and a minimum severity. */
public record FixSelection(Set<String> ruleIds, Severity minSeverity) {
  public FixSelection {
    ruleIds = ruleIds.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  public static FixSelection all() {
    return new FixSelection(Set.of(), Severity.INFO);
  }

  public boolean includes(Finding f) {
    return f.severity().atLeast(minSeverity) && (ruleIds.isEmpty() || ruleIds.contains(f.rule().id()));
  }
}
