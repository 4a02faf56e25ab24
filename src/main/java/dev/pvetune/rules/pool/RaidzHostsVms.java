package dev.pvetune.rules.pool;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Vdev;
import dev.pvetune.model.VdevType;
import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import dev.pvetune.zfs.IopsModel;
import dev.pvetune.zfs.RelativeIops;
import dev.pvetune.zfs.VdevLayout;
import java.util.List;
import java.util.Set;

/** POOL-005: VM disks on raidz/dRAID, whose random IOPS are those of one disk per vdev. */
public final class RaidzHostsVms implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-005", "raidz-hosts-vms", Severity.MEDIUM,
      "VM disks on raidz", Set.of(Input.POOL_STATUS, Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    List<Vdev> parity = pool.dataVdevs().stream().filter(v -> v.type() == VdevType.RAIDZ || v.type() == VdevType.DRAID).toList();
    if (parity.isEmpty()) {
      return;
    }
    List<Inventory.GuestDisk> vmDisks = inv.disksOn(pool.name()).stream()
        .filter(d -> d.guest().kind() == GuestKind.QEMU && d.disk().backing().zfsDataset().map(ds -> ds.isVolume()).orElse(false))
        .toList();
    if (vmDisks.isEmpty()) {
      return;
    }
    int disks = pool.dataVdevs().stream().mapToInt(v -> v.leaves().size()).sum();
    var finding = out.on("pool/" + pool.name(), "pool " + pool.name() + " holds " + vmDisks.size() + " VM disk(s) on "
        + String.join(", ", parity.stream().map(Vdev::describeLayout).toList()));
    parity.forEach(v -> finding.evidence(v.name() + ": " + v.describeLayout(), v.ref()));
    vmDisks.stream().limit(8).forEach(d -> finding.evidence(d.guest().label() + " " + d.disk().key() + " on " + d.disk().backing().zfsDataset().get().name(), d.disk().source()));
    RelativeIops now = currentIops(pool);
    if (now != null && disks >= 2) {
      RelativeIops mirrors = IopsModel.asTwoWayMirrors(disks);
      finding.impact(String.format(java.util.Locale.ROOT,
          "Random I/O on raidz costs a whole stripe: these %d disks give about %.0f disk(s) worth of random writes and %.0f of random reads; "
              + "as %d two-way mirrors they would give %.0f and %.0f (%.1fx the random writes), for VM workloads that are mostly random",
          disks, now.randomWrite(), now.randomRead(), disks / 2, mirrors.randomWrite(), mirrors.randomRead(), mirrors.randomWrite() / now.randomWrite()));
    } else {
      finding.impact("Random I/O on raidz costs a whole stripe: each raidz vdev delivers roughly the random IOPS of one disk");
    }
    finding.fix("Keep VM disks on mirrors; use raidz for backups and bulk data", Disruption.RECREATE, new Change.Manual(List.of(
            "pvetune plan pool --compare --disks " + disks + "x<size>   # what the same disks give as mirrors",
            "build a mirror pool (or add mirror vdevs to a new pool) and move VM disks: qm disk move <vmid> <disk> <new-storage> --delete 1")))
        .add();
  }

  /** The pool's relative IOPS from its raidz and mirror vdevs; null when a vdev is not modelled. */
  private static RelativeIops currentIops(Pool pool) {
    double rr = 0;
    double rw = 0;
    for (Vdev v : pool.dataVdevs()) {
      VdevLayout layout = switch (v.type()) {
        case RAIDZ -> new VdevLayout.Raidz(v.parity(), v.children().size());
        case MIRROR -> new VdevLayout.Mirror(v.children().size());
        case DISK, FILE -> new VdevLayout.Stripe();
        default -> null;
      };
      if (layout == null) {
        return null;
      }
      RelativeIops iops = IopsModel.vdev(layout);
      rr += iops.randomRead();
      rw += iops.randomWrite();
    }
    return new RelativeIops(rr, rw, 0, 0);
  }
}
