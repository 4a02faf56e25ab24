package dev.pvetune.settings;

import dev.pvetune.model.SourceRef;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An accepted finding: findings of one rule on the resources a pattern matches leave the main
 * report, for a stated reason and, optionally, until a date.
 *
 * @param rule the rule id (slugs are resolved when the file is read)
 * @param resource pattern over finding resources such as node/pve1/qemu/104/scsi0
 * @param reason why the finding is accepted; never blank
 * @param expires the last day the waiver holds; empty means it does not expire
 * @param source where in the settings file this waiver is
 */
public record Waiver(String rule, Glob resource, String reason, Optional<LocalDate> expires, SourceRef source) {
  public Waiver {
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a waiver needs a reason");
    }
  }

  public boolean covers(String ruleId, String findingResource) {
    return rule.equals(ruleId) && resource.matches(findingResource);
  }

  /** True when the expiry date lies before the given day (the waiver still holds on its expiry day). */
  public boolean expiredOn(LocalDate day) {
    return expires.isPresent() && expires.get().isBefore(day);
  }
}
