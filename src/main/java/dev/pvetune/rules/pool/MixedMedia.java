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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * POOL-013: one allocation class (normal, special or dedup) built from both spinning disks and
 * SSDs. Different classes on different media (HDD data, SSD special) are the point of classes.
 */
public final class MixedMedia implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-013", "mixed-media", Severity.MEDIUM,
      "HDDs and SSDs mixed in one vdev class", Set.of(Input.POOL_STATUS, Input.BLOCK_DEVICES));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    for (VdevClass cls : List.of(VdevClass.DATA, VdevClass.SPECIAL, VdevClass.DEDUP)) {
      List<Vdev> leaves = pool.vdevs(cls).flatMap(v -> v.leaves().stream()).toList();
      List<Vdev> hdd = leaves.stream().filter(l -> rotational(l).orElse(false)).toList();
      List<Vdev> ssd = leaves.stream().filter(l -> !rotational(l).orElse(true)).toList();
      String name = cls == VdevClass.DATA ? "normal" : cls.name().toLowerCase(Locale.ROOT);
      if (hdd.isEmpty() || ssd.isEmpty()) {
        if (hdd.size() + ssd.size() < leaves.size() && !leaves.isEmpty()) {
          out.unknown("pool/" + pool.name(), "lsblk does not say whether every " + name + "-class device rotates");
        }
        continue;
      }
      var finding = out.on("pool/" + pool.name(), "pool " + pool.name() + " " + name + " class mixes " + hdd.size() + " rotating disk(s) and "
          + ssd.size() + " SSD(s)");
      hdd.forEach(l -> finding.evidence(l.shortName() + " " + l.device().flatMap(BlockDevice::model).orElse("") + " rotational", l.ref()));
      ssd.forEach(l -> finding.evidence(l.shortName() + " " + l.device().flatMap(BlockDevice::model).orElse("") + " non-rotational", l.ref()));
      finding.impact("ZFS spreads writes over the vdevs of a class and a mirror or raidz waits for its slowest member: the SSDs "
              + "mostly wait for the disks, so the class performs like its " + hdd.size() + " HDD(s) while the SSDs wear for little gain")
          .fix("Keep one kind of media per class: replace the odd devices, or use the SSDs as a special or log vdev instead", Disruption.HARDWARE,
              new Change.Manual(List.of(
                  "zpool status " + pool.name() + "   # which vdevs hold which media",
                  "zpool replace " + pool.name() + " <odd-device> /dev/disk/by-id/<matching-device>   # per odd device, online")))
          .add();
    }
  }

  private static Optional<Boolean> rotational(Vdev leaf) {
    return leaf.device().flatMap(BlockDevice::rotational);
  }
}
