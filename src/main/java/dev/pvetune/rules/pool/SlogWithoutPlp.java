package dev.pvetune.rules.pool;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Vdev;
import dev.pvetune.model.VdevClass;
import dev.pvetune.parse.host.BlockDevice;
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
 * POOL-010: a log device that is a consumer SSD without power-loss protection. The model list
 * with its sources is {@code ssd-without-plp.tsv}; a model it does not know is reported at info
 * as unknown.
 */
public final class SlogWithoutPlp implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-010", "slog-without-plp", Severity.MEDIUM,
      "Log device without power-loss protection", Set.of(Input.POOL_STATUS, Input.BLOCK_DEVICES));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    for (Vdev top : pool.vdevs(VdevClass.LOG).toList()) {
      for (Vdev leaf : top.leaves()) {
        String resource = "pool/" + pool.name() + "/" + leaf.shortName();
        Optional<String> model = leaf.device().flatMap(BlockDevice::model);
        if (model.isEmpty()) {
          out.unknown(resource, "lsblk does not give the model of this log device");
          continue;
        }
        Optional<PowerLossProtection.Entry> known = PowerLossProtection.lookup(model.get());
        if (known.isPresent() && known.get().protectedOnPowerLoss()) {
          continue;
        }
        String device = leaf.device().map(BlockDevice::name).orElse(leaf.shortName());
        var steps = new Change.Manual(List.of(
            "zpool add " + pool.name() + " log mirror /dev/disk/by-id/<plp-ssd-1> /dev/disk/by-id/<plp-ssd-2>   # enterprise SSDs with power-loss protection",
            "zpool remove " + pool.name() + " " + (top.children().isEmpty() ? leaf.name() : top.shortName()) + "   # log vdevs can be removed online"));
        if (known.isPresent()) {
          PowerLossProtection.Entry e = known.get();
          out.on(resource, "pool " + pool.name() + " log device " + leaf.shortName() + " is a " + e.product() + ": no power-loss protection")
              .evidence("logs: " + leaf.name(), leaf.ref())
              .evidence("lsblk: " + device + " model " + model.get())
              .evidence("ssd-without-plp.tsv:" + e.line() + ": " + e.product() + ", source " + e.source())
              .impact("The log device exists to keep acknowledged sync writes (VM flushes, databases, NFS) safe across a crash: "
                  + "a drive that can lose its volatile cache on power loss can drop exactly those writes, and the guests believe they were stored")
              .fix("Replace the log device with a (mirrored) SSD that has power-loss protection", Disruption.HARDWARE, steps)
              .add();
        } else {
          out.on(resource, "pool " + pool.name() + " log device " + leaf.shortName() + " is a " + model.get()
                  + ": pvetune does not know whether it has power-loss protection")
              .severity(Severity.INFO)
              .evidence("logs: " + leaf.name(), leaf.ref())
              .evidence("lsblk: " + device + " model " + model.get() + " (not in ssd-without-plp.tsv)")
              .impact("A log device without power-loss protection can lose acknowledged sync writes on power failure; check the drive's datasheet "
                  + "for power-loss protection (capacitors that flush its cache)")
              .fix("Check the datasheet; replace it with an SSD that has power-loss protection if it has none", Disruption.MANUAL, steps)
              .add();
        }
      }
    }
  }
}
