package dev.pvetune.rules.pool;

import dev.pvetune.rules.Rule;
import java.util.List;

/** The rules of this area, in the order they are listed in RULES.md. */
public final class PoolRules {
  private PoolRules() {}

  public static List<Rule> all() {
    return List.of(
        new PoolUnhealthy(),
        new DeviceErrors(),
        new PoolFull(),
        new Fragmented(),
        new RaidzHostsVms(),
        new Raidz1LargeDisks(),
        new NoRedundancy(),
        new SpecialNotRedundant(),
        new SlogSingle(),
        new SlogWithoutPlp(),
        new AshiftTooSmall(),
        new AshiftMixed(),
        new MixedMedia(),
        new ScrubOverdue(),
        new TrimNeverRuns(),
        new FeaturesDisabled(),
        new HddVmsWithoutSlog(),
        new ThinOvercommitted());
  }
}
