package dev.pvetune.rules;

import dev.pvetune.rules.dataset.CompressionOff;
import dev.pvetune.rules.dataset.SyncDisabled;
import dev.pvetune.rules.disk.AioNativeBlocks;
import dev.pvetune.rules.disk.CacheOnMigratable;
import dev.pvetune.rules.disk.CacheOverArc;
import dev.pvetune.rules.disk.CacheUnsafe;
import dev.pvetune.rules.disk.ControllerNotVirtioSingle;
import dev.pvetune.rules.disk.DiscardMissing;
import dev.pvetune.rules.disk.IothreadMissing;
import dev.pvetune.rules.disk.Qcow2OnZfs;
import dev.pvetune.rules.memory.ArcMaxDefault;
import dev.pvetune.rules.memory.MemoryOvercommitted;
import dev.pvetune.rules.memory.SwapOnZfs;
import dev.pvetune.rules.pool.AshiftTooSmall;
import dev.pvetune.rules.pool.PoolFull;
import dev.pvetune.rules.pool.PoolUnhealthy;
import dev.pvetune.rules.pool.RaidzHostsVms;
import dev.pvetune.rules.pool.Raidz1LargeDisks;
import dev.pvetune.rules.pool.SpecialNotRedundant;
import dev.pvetune.rules.pool.TrimNeverRuns;
import dev.pvetune.rules.storage.ZfspoolThick;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every rule pvetune runs, listed explicitly (no classpath scanning: start-up stays fast). */
public final class RuleRegistry {
  private RuleRegistry() {}

  public static List<Rule> all() {
    return List.<Rule>of(
            new CacheOverArc(),
            new CacheOnMigratable(),
            new CacheUnsafe(),
            new AioNativeBlocks(),
            new IothreadMissing(),
            new ControllerNotVirtioSingle(),
            new DiscardMissing(),
            new Qcow2OnZfs(),
            new ZfspoolThick(),
            new PoolUnhealthy(),
            new PoolFull(),
            new RaidzHostsVms(),
            new Raidz1LargeDisks(),
            new SpecialNotRedundant(),
            new AshiftTooSmall(),
            new TrimNeverRuns(),
            new MemoryOvercommitted(),
            new ArcMaxDefault(),
            new SwapOnZfs(),
            new SyncDisabled(),
            new CompressionOff())
        .stream().sorted(Comparator.comparing(r -> r.info().id())).toList();
  }

  /** A rule by id (DISK-001) or slug (cache-over-arc), case-insensitive. */
  public static Optional<Rule> find(String idOrSlug) {
    return all().stream()
        .filter(r -> r.info().id().equalsIgnoreCase(idOrSlug) || r.info().slug().equalsIgnoreCase(idOrSlug))
        .findFirst();
  }
}
