package dev.pvetune.cli;

import dev.pvetune.bundle.Bundle;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.build.InventoryBuilder;
import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.RuleEngine;
import dev.pvetune.rules.RuleRegistry;
import dev.pvetune.settings.FindingPolicy;
import dev.pvetune.settings.GuestRoles;
import dev.pvetune.settings.Settings;
import java.time.LocalDate;

/** The audit pipeline: bundle → inventory (+ settings roles) → rules → severity overrides and waivers. */
public final class Audit {
  private Audit() {}

  public static AuditResult run(Bundle bundle) {
    return run(bundle, Settings.NONE, LocalDate.now());
  }

  /** Audits with a settings file's roles, thresholds, overrides and waivers; waiver expiry is checked against today. */
  public static AuditResult run(Bundle bundle, Settings settings, LocalDate today) {
    return run(InventoryBuilder.build(bundle), settings, today);
  }

  /** Audits an inventory already built from a bundle. */
  public static AuditResult run(Inventory built, Settings settings, LocalDate today) {
    Inventory inventory = GuestRoles.apply(built, settings.roles());
    AuditResult result = new RuleEngine(RuleRegistry.all(), settings.thresholds()).run(inventory);
    return FindingPolicy.apply(result, settings, today);
  }
}
