package dev.pvetune.rules.pool;

import dev.pvetune.model.Host;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.SourceRef;
import dev.pvetune.model.ZfsProperty;
import dev.pvetune.parse.host.BlockDevice;
import dev.pvetune.parse.host.PeriodicScriptPolicy;
import dev.pvetune.parse.host.SystemdTimer;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * POOL-015: an SSD pool that nothing trims. A pool is trimmed by autotrim=on, by Debian's monthly
 * zfsutils job when the script's rules select it (the org.debian:periodic-trim property, or by
 * default only NVMe-only pools), by a zfs-trim timer, or by a cron line running zpool trim.
 */
public final class TrimNeverRuns implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-015", "trim-never-runs", Severity.MEDIUM,
      "SSD pool is never trimmed", Set.of(Input.POOL_STATUS, Input.POOL_PROPERTIES, Input.BLOCK_DEVICES, Input.SCHEDULES, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    String resource = "pool/" + pool.name();
    Optional<Boolean> ssd = pool.allSolidState();
    if (ssd.isEmpty()) {
      out.unknown(resource, "lsblk does not say whether every device of the pool is an SSD");
      return;
    }
    if (!ssd.get()) {
      return;
    }
    Optional<ZfsProperty> autotrim = pool.property("autotrim");
    if (autotrim.map(p -> p.value().equals("on")).orElse(false)) {
      return;
    }
    if (timerTrims(pool, inv).isPresent() || cronTrims(pool, inv).isPresent()) {
      return;
    }
    Optional<Host.ScheduledCommand> debianJob = inv.host().cronEntries().stream()
        .filter(c -> c.command().contains("/usr/lib/zfs-linux/trim")).findFirst();
    Optional<PeriodicScriptPolicy> script = inv.host().trimScript().filter(s -> s.operation() == PeriodicScriptPolicy.Operation.TRIM);
    String property = script.flatMap(PeriodicScriptPolicy::property).orElse("org.debian:periodic-trim");
    Optional<ZfsProperty> periodic = periodicTrimProperty(pool, inv, script, property);
    boolean nvmeOnly = nvmeOnly(pool);
    Optional<PeriodicScriptPolicy.Action> action = script.map(s -> s.actionFor(periodic.map(ZfsProperty::value)));
    if (debianJob.isPresent() && action.isPresent()) {
      boolean trims = action.get() == PeriodicScriptPolicy.Action.RUN
          || (action.get() == PeriodicScriptPolicy.Action.RUN_IF_NVME_ONLY && nvmeOnly);
      if (trims && (!script.get().onlineOnly() || pool.health().equals("ONLINE"))) {
        return;
      }
    }
    var finding = out.on(resource, "pool " + pool.name() + " is all-SSD but nothing trims it: autotrim=" + autotrim.map(ZfsProperty::value).orElse("off")
        + (debianJob.isPresent() && script.isPresent() ? ", and the monthly zfsutils trim job skips it" : ", and no trim job or timer is scheduled"));
    autotrim.ifPresent(p -> finding.evidence("autotrim " + p.value() + " (" + p.sourceText() + ")", p.ref()));
    debianJob.ifPresent(c -> finding.evidence("cron: " + c.schedule() + " " + c.command(), c.ref()));
    script.ifPresent(s -> finding.evidence("the trim script reads " + property + "; " + pool.name() + " has "
        + periodic.map(p -> p.value()).orElse("it unset") + ", which means " + describe(action.get())
        + (action.get() == PeriodicScriptPolicy.Action.RUN_IF_NVME_ONLY ? " (this pool " + (nvmeOnly ? "is" : "is not") + " NVMe-only)" : ""),
        new SourceRef(Host.TRIM_SCRIPT_FILE, s.line())));
    periodic.ifPresent(p -> finding.evidence(property + " " + p.value() + " (" + p.sourceText() + ")", p.ref()));
    finding.impact("Blocks freed inside ZFS (deleted files, guest discards, destroyed snapshots) are never reported to the SSDs: "
        + "their garbage collection works on full drives, write amplification and latency rise, and endurance drops");
    if (debianJob.isPresent() && script.isPresent() && inv.dataset(pool.name()).isPresent()
        && script.get().propertyScope().orElse(PeriodicScriptPolicy.PropertyScope.DATASET) == PeriodicScriptPolicy.PropertyScope.DATASET) {
      finding.fix("Let Debian's monthly zfsutils job trim this pool (" + property + "=enable on " + pool.name() + ")", Disruption.ONLINE,
          new Change.ZfsProperty(pool.name(), property, periodic.map(ZfsProperty::value).orElse("-"),
              periodic.map(ZfsProperty::sourceText).orElse("-"), Optional.of("enable")));
    } else {
      finding.fix("Enable OpenZFS's monthly trim timer for this pool", Disruption.ONLINE,
          new Change.EnableTimer("zfs-trim-monthly@" + systemdEscape(pool.name()) + ".timer",
              Optional.of(new Change.CronJob("trim-" + pool.name(), "30 3 1 * *", List.of("/usr/sbin/zpool", "trim", pool.name())))));
    }
    finding.add();
  }

  private static Optional<ZfsProperty> periodicTrimProperty(Pool pool, Inventory inv, Optional<PeriodicScriptPolicy> script, String property) {
    boolean poolScope = script.flatMap(PeriodicScriptPolicy::propertyScope).map(s -> s == PeriodicScriptPolicy.PropertyScope.POOL).orElse(false);
    Optional<ZfsProperty> p = poolScope ? pool.property(property) : inv.dataset(pool.name()).flatMap(d -> d.property(property));
    return p.filter(ZfsProperty::isSet);
  }

  private static String describe(PeriodicScriptPolicy.Action action) {
    return switch (action) {
      case RUN -> "trim it";
      case RUN_IF_NVME_ONLY -> "trim it only if every device is NVMe";
      case SKIP -> "skip it";
    };
  }

  private static Optional<SystemdTimer> timerTrims(Pool pool, Inventory inv) {
    String escaped = systemdEscape(pool.name());
    return inv.host().timers().stream()
        .filter(t -> t.unit().startsWith("zfs-trim") && (t.unit().contains("@" + escaped + ".") || t.unit().contains("@" + pool.name() + ".")))
        .findFirst();
  }

  private static Optional<Host.ScheduledCommand> cronTrims(Pool pool, Inventory inv) {
    return inv.host().cronEntries().stream()
        .filter(c -> c.command().matches(".*\\bzpool\\s+trim\\b.*") && (c.command().contains(pool.name()) || c.command().matches(".*\\bzpool\\s+trim\\s+-a\\b.*")))
        .findFirst();
  }

  /** Debian's script checks every device `zpool list -v` shows: log, cache and spares too. */
  private static boolean nvmeOnly(Pool pool) {
    return pool.vdevs().stream().flatMap(v -> v.leaves().stream()).allMatch(l -> l.name().contains("nvme")
        || l.device().flatMap(BlockDevice::transport).map(t -> t.equals("nvme")).orElse(false));
  }

  /** systemd-escape for an instance name: '/' becomes '-', other specials \xNN. */
  static String systemdEscape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/') {
        out.append('-');
      } else if (Character.isLetterOrDigit(c) && c < 128 || c == ':' || c == '_' || (c == '.' && i > 0)) {
        out.append(c);
      } else {
        out.append(String.format("\\x%02x", (int) c));
      }
    }
    return out.toString();
  }
}
