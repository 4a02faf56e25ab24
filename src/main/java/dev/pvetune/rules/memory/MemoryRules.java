package dev.pvetune.rules.memory;

import dev.pvetune.rules.Rule;
import java.util.List;

/** The rules of this area, in the order they are listed in RULES.md. */
public final class MemoryRules {
  private MemoryRules() {}

  public static List<Rule> all() {
    return List.of(
        new MemoryOvercommitted(),
        new ArcMaxDefault(),
        new ArcMinTrap(),
        new ArcHitRatio(),
        new SwapOnZfs(),
        new SwappinessHigh(),
        new NoEcc(),
        new ArcSettingNotApplied());
  }
}
