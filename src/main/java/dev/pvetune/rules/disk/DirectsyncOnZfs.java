package dev.pvetune.rules.disk;

import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.VdevClass;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** DISK-004: cache=directsync turns every guest write on ZFS into a synchronous ZIL write. */
public final class DirectsyncOnZfs implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-004", "directsync-on-zfs", Severity.LOW,
      "cache=directsync on ZFS", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk) || !disk.option("cache").orElse("").equals("directsync")) {
      return;
    }
    if (!Disks.zfsBacked(guest, disk, out).orElse(false)) {
      return;
    }
    String poolName = disk.backing().zfsDataset().get().pool();
    Optional<Pool> pool = inv.pool(poolName);
    boolean slog = pool.map(p -> p.vdevs(VdevClass.LOG).findAny().isPresent()).orElse(false);
    String zil = pool.isEmpty()
        ? "the ZIL of pool " + poolName
        : slog ? "the log vdev of pool " + poolName
            : "the ZIL on pool " + poolName + "'s data vdevs (no log vdev), so each block is written twice: once to the ZIL, again with the transaction group";
    out.on(guest.resource(disk), guest.label() + " " + disk.key() + " uses cache=directsync on ZFS (" + Disks.where(disk) + "): every write is synchronous")
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .evidence("backing: " + Disks.where(disk), disk.backing().zfsDataset().get().ref())
        .impact("directsync opens the disk with O_DSYNC: each guest write waits for " + zil
            + ". cache=none already honours every flush the guest issues, and ZFS batches the rest safely in transaction groups")
        .fix("Drop cache=directsync so the disk uses the default cache=none", Disruption.RESTART,
            Disks.setOptions(guest, disk, Map.of("cache", Optional.empty())))
        .add();
  }
}
