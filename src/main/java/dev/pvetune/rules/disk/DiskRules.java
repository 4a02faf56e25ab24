package dev.pvetune.rules.disk;

import dev.pvetune.rules.Rule;
import java.util.List;

/** The rules of this area, in the order they are listed in RULES.md. */
public final class DiskRules {
  private DiskRules() {}

  public static List<Rule> all() {
    return List.of(
        new CacheOverArc(),
        new CacheOnMigratable(),
        new CacheUnsafe(),
        new AioNativeBlocks(),
        new IothreadMissing(),
        new ControllerNotVirtioSingle(),
        new DiscardMissing(),
        new Qcow2OnZfs());
  }
}
