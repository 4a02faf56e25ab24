package dev.pvetune.rules.pool;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.ZfsProperty;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** POOL-016: zpool status says the pool has supported features that are not enabled. */
public final class FeaturesDisabled implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-016", "features-disabled", Severity.INFO,
      "Pool features not enabled", Set.of(Input.POOL_STATUS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    if (!pool.featuresCanBeEnabled()) {
      return;
    }
    List<ZfsProperty> disabled = new ArrayList<>();
    new TreeMap<>(pool.properties()).forEach((k, p) -> {
      if (k.startsWith("feature@") && p.value().equals("disabled")) {
        disabled.add(p);
      }
    });
    List<String> names = disabled.stream().map(p -> p.name().substring("feature@".length())).toList();
    var finding = out.on("pool/" + pool.name(), "pool " + pool.name() + " has supported features that are not enabled"
            + (names.isEmpty() ? "" : ": " + String.join(", ", names)))
        .evidence("status: " + pool.status().orElse("").replace('\n', ' ').replace('\t', ' '), pool.statusRef());
    disabled.forEach(p -> finding.evidence(p.name() + " disabled", p.ref()));
    boolean boot = inv.datasets().values().stream().anyMatch(d -> d.pool().equals(pool.name()) && d.mountedAt().map("/"::equals).orElse(false));
    finding.impact("The pool was created or last upgraded by an older OpenZFS and cannot use "
            + (names.isEmpty() ? "the newer features" : names.size() + " newer feature(s)")
            + " (for example block cloning, faster checksums, smaller metadata). Nothing is wrong with it; enabling is one-way: "
            + "older systems can no longer import the pool" + (boot ? ", and a boot loader that reads this pool (GRUB) may stop booting" : ""))
        .fix("zpool upgrade " + pool.name() + " once no older system needs to import it", Disruption.MANUAL, new Change.Manual(List.of(
            boot ? "proxmox-boot-tool status   # GRUB-booted root pools must stay readable by GRUB: check before upgrading" : "zpool upgrade -v   # what each feature does",
            "zpool upgrade " + pool.name())))
        .add();
  }
}
