package dev.pvetune.rules.pool;

import dev.pvetune.model.BlockDevice;
import dev.pvetune.model.CronEntry;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.SystemdTimer;
import dev.pvetune.model.TrimScript;
import dev.pvetune.model.ZfsProperty;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
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
    Optional<CronEntry> debianJob = inv.host().cron().stream().filter(c -> c.command().contains("/usr/lib/zfs-linux/trim")).findFirst();
    Optional<TrimScript> script = inv.host().trimScript();
    boolean nvmeOnly = nvmeOnly(pool);
    String property = script.map(TrimScript::property).orElse("org.debian:periodic-trim");
    Optional<ZfsProperty> periodic = inv.dataset(pool.name()).flatMap(d -> d.property(property)).filter(ZfsProperty::isSet);
    String periodicValue = periodic.map(ZfsProperty::value).orElse("");
    if (debianJob.isPresent() && script.isPresent()) {
      boolean selected = periodicValue.equals("enable")
          || ((periodicValue.isEmpty() || periodicValue.equals("auto")) && (!script.get().defaultTrimsNvmeOnly() || nvmeOnly));
      if (selected) {
        return;
      }
    }
    var finding = out.on(resource, "pool " + pool.name() + " is all-SSD but nothing trims it: autotrim=" + autotrim.map(ZfsProperty::value).orElse("off")
            + (debianJob.isPresent() ? ", and the monthly zfsutils trim job skips it" : ", and no trim job or timer is scheduled"));
    autotrim.ifPresent(p -> finding.evidence("autotrim " + p.value() + " (" + p.sourceText() + ")", p.ref()));
    debianJob.ifPresent(c -> finding.evidence("cron: " + c.schedule() + " " + c.command(), c.ref()));
    script.ifPresent(s -> finding.evidence(s.property() + " on " + pool.name() + ": " + (periodicValue.isEmpty() ? "unset" : periodicValue)
        + (s.defaultTrimsNvmeOnly() ? "; unset or auto trims only NVMe-only pools and this pool " + (nvmeOnly ? "is" : "is not") + " NVMe-only" : ""), s.ref()));
    periodic.ifPresent(p -> finding.evidence(property + " " + p.value(), p.ref()));
    finding.impact("Blocks freed inside ZFS (deleted files, guest discards, destroyed snapshots) are never reported to the SSDs: "
        + "their garbage collection works on full drives, write amplification and latency rise, and endurance drops");
    Dataset root = inv.dataset(pool.name()).orElse(null);
    if (debianJob.isPresent() && script.isPresent() && root != null) {
      finding.fix("Let Debian's monthly zfsutils job trim this pool (" + property + "=enable)", Disruption.ONLINE,
          new Change.ZfsProperty(pool.name(), property, periodic.map(ZfsProperty::value).orElse("-"),
              periodic.map(p -> p.sourceText()).orElse("-"), Optional.of("enable")));
    } else {
      finding.fix("Enable OpenZFS's monthly trim timer for this pool", Disruption.ONLINE,
          new Change.EnableTimer("zfs-trim-monthly@" + pool.name() + ".timer"));
    }
    finding.add();
  }

  private static Optional<SystemdTimer> timerTrims(Pool pool, Inventory inv) {
    String escaped = systemdEscape(pool.name());
    return inv.host().timers().stream()
        .filter(t -> t.unit().startsWith("zfs-trim") && (t.unit().contains("@" + escaped + ".") || t.unit().contains("@" + pool.name() + ".")))
        .findFirst();
  }

  private static Optional<CronEntry> cronTrims(Pool pool, Inventory inv) {
    return inv.host().cron().stream()
        .filter(c -> c.command().matches(".*\\bzpool\\s+trim\\b.*") && (c.command().contains(pool.name()) || c.command().matches(".*\\bzpool\\s+trim\\s+-a\\b.*")))
        .findFirst();
  }

  private static boolean nvmeOnly(Pool pool) {
    return pool.storageLeaves().stream().allMatch(l -> l.name().contains("nvme")
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
