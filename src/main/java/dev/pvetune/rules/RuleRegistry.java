package dev.pvetune.rules;

import dev.pvetune.rules.dataset.DatasetRules;
import dev.pvetune.rules.disk.DiskRules;
import dev.pvetune.rules.guest.GuestRules;
import dev.pvetune.rules.host.HostRules;
import dev.pvetune.rules.maint.MaintRules;
import dev.pvetune.rules.memory.MemoryRules;
import dev.pvetune.rules.pool.PoolRules;
import dev.pvetune.rules.storage.StorageRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every rule pvetune runs, listed explicitly area by area (no classpath scanning: start-up stays
 * fast).
 */
public final class RuleRegistry {
  private RuleRegistry() {}

  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(DiskRules.all());
    rules.addAll(GuestRules.all());
    rules.addAll(StorageRules.all());
    rules.addAll(PoolRules.all());
    rules.addAll(DatasetRules.all());
    rules.addAll(MemoryRules.all());
    rules.addAll(MaintRules.all());
    rules.addAll(HostRules.all());
    rules.sort(Comparator.comparing(r -> r.info().id()));
    return List.copyOf(rules);
  }

  /** A rule by id (DISK-001) or slug (cache-over-arc), case-insensitive. */
  public static Optional<Rule> find(String idOrSlug) {
    return all().stream()
        .filter(r -> r.info().id().equalsIgnoreCase(idOrSlug) || r.info().slug().equalsIgnoreCase(idOrSlug))
        .findFirst();
  }
}
