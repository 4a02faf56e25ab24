package dev.pvetune.rules.disk;

import dev.pvetune.model.Bus;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Vdev;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DISK-013: a disk on an all-SSD pool that the guest sees as a spinning disk. Only ide, sata and
 * scsi have the ssd option; virtio-blk has none and is never reported.
 */
public final class SsdFlagMissing implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-013", "ssd-flag-missing", Severity.LOW,
      "SSD-backed disk not flagged ssd=1", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS, Input.POOL_STATUS, Input.BLOCK_DEVICES));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk) || disk.flag("ssd")) {
      return;
    }
    if (disk.bus() != Bus.IDE && disk.bus() != Bus.SATA && disk.bus() != Bus.SCSI) {
      return;
    }
    if (!Disks.zfsBacked(guest, disk, out).orElse(false)) {
      return;
    }
    Dataset ds = disk.backing().zfsDataset().get();
    Optional<Pool> pool = inv.pool(ds.pool());
    if (pool.isEmpty()) {
      out.unknown(guest.resource(disk), "zpool status does not show pool " + ds.pool());
      return;
    }
    Optional<Boolean> ssd = pool.get().allSolidState();
    if (ssd.isEmpty()) {
      out.unknown(guest.resource(disk), "lsblk does not say whether every data device of pool " + ds.pool() + " is non-rotational");
      return;
    }
    if (!ssd.get()) {
      return;
    }
    var finding = out.on(guest.resource(disk), guest.label() + " " + disk.key() + " is on all-SSD pool " + ds.pool() + " but has no ssd=1")
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .evidence("backing: " + Disks.where(disk), ds.ref());
    pool.get().dataVdevs().stream().flatMap(v -> v.leaves().stream()).limit(4)
        .forEach(leaf -> finding.evidence(describe(leaf), leaf.ref()));
    finding.impact("The guest sees a rotational disk: it keeps HDD I/O schedulers and read-ahead, Windows runs scheduled defragmentation instead of retrim, and some guests never issue TRIM")
        .fix("Set ssd=1 (SSD emulation)", Disruption.RESTART, Disks.setOptions(guest, disk, Map.of("ssd", Optional.of("1"))))
        .add();
  }

  private static String describe(Vdev leaf) {
    return leaf.shortName() + leaf.device().flatMap(d -> d.model()).map(m -> " (" + m.strip() + ")").orElse("") + ": non-rotational (lsblk ROTA 0)";
  }
}
