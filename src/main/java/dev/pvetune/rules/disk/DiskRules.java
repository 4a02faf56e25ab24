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
        new DirectsyncOnZfs(),
        new AioNativeBlocks(),
        new AioNativeBuffered(),
        new AioThreads(),
        new IothreadMissing(),
        new IothreadWithoutSingle(),
        new ControllerNotVirtioSingle(),
        new EmulatedBus(),
        new DiscardMissing(),
        new SsdFlagMissing(),
        new Qcow2OnZfs(),
        new FileOnZfsDataset(),
        new VolblocksizeForRole(),
        new ThickZvol(),
        new VolumeMissing(),
        new RamSnapshot(),
        new SnapshotsPilingUp());
  }
}
