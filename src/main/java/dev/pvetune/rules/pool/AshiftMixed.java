package dev.pvetune.rules.pool;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Vdev;
import dev.pvetune.model.VdevClass;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** POOL-012: top-level vdevs of one pool with different ashift. */
public final class AshiftMixed implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-012", "ashift-mixed", Severity.LOW,
      "Top-level vdevs with different ashift", Set.of(Input.POOL_STATUS, Input.VDEV_ASHIFT));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    List<Vdev> tops = pool.vdevs().stream().filter(v -> v.vdevClass() != VdevClass.CACHE && v.vdevClass() != VdevClass.SPARE).toList();
    if (tops.size() < 2) {
      return;
    }
    if (tops.stream().anyMatch(v -> v.ashift().isEmpty())) {
      out.unknown("pool/" + pool.name(), "zdb -C does not give the ashift of every top-level vdev");
      return;
    }
    TreeSet<Integer> values = new TreeSet<>();
    tops.forEach(v -> values.add(v.ashift().getAsInt()));
    if (values.size() < 2) {
      return;
    }
    int common = tops.stream().filter(v -> v.vdevClass() == VdevClass.DATA).mapToInt(v -> v.ashift().getAsInt()).max().orElse(values.last());
    List<String> parts = new ArrayList<>();
    tops.forEach(v -> parts.add(v.shortName() + (v.vdevClass() == VdevClass.DATA ? "" : " (" + v.vdevClass().name().toLowerCase(Locale.ROOT) + ")")
        + " " + v.ashift().getAsInt()));
    var finding = out.on("pool/" + pool.name(), "pool " + pool.name() + " mixes ashift " + values + " across its top-level vdevs: " + String.join(", ", parts));
    tops.forEach(v -> finding.evidence(v.name() + " ashift " + v.ashift().getAsInt() + " (zdb -C)", v.ref()));
    List<Vdev> odd = tops.stream().filter(v -> v.ashift().getAsInt() != common).toList();
    boolean onlyAux = odd.stream().allMatch(v -> v.vdevClass() == VdevClass.LOG);
    finding.impact("zpool remove cannot evacuate a top-level data vdev when the vdevs' ashift differ, so the layout is locked in; "
        + "vdevs with a smaller ashift than their disks' sectors pay read-modify-write inside the drive");
    if (onlyAux) {
      List<String> steps = new ArrayList<>();
      for (Vdev v : odd) {
        steps.add("zpool remove " + pool.name() + " " + v.shortName() + "   # log vdevs can be removed online");
        steps.add("zpool add -o ashift=" + common + " " + pool.name() + " log " + v.name());
      }
      finding.fix("Re-add the log device with ashift=" + common, Disruption.ONLINE, new Change.Manual(steps));
    } else {
      finding.fix("Rebuild the pool with one ashift (12) when it is next migrated", Disruption.RECREATE, new Change.Manual(List.of(
          "zpool create -o ashift=12 <newpool> <layout>",
          "zfs snapshot -r " + pool.name() + "@migrate && zfs send -R " + pool.name() + "@migrate | zfs recv -F <newpool>",
          "repoint the storages, verify, destroy the old pool")));
    }
    finding.add();
  }
}
