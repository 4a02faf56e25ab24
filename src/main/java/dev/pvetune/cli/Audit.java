package dev.pvetune.cli;

import dev.pvetune.bundle.Bundle;
import dev.pvetune.model.build.InventoryBuilder;
import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.RuleEngine;
import dev.pvetune.rules.RuleRegistry;

/** The audit pipeline: bundle → inventory → rules. */
public final class Audit {
  private Audit() {}

  public static AuditResult run(Bundle bundle) {
    return new RuleEngine(RuleRegistry.all()).run(InventoryBuilder.build(bundle));
  }
}
