package dev.pvetune.rules.disk;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Setting;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DISK-005: aio=native where the I/O path can block on submission (ZFS, qcow2, thin LVM, LVM with
 * snapshot-as-volume-chain), judged on the effective value, defaults included.
 */
public final class AioNativeBlocks implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-005", "aio-native-blocks", Severity.HIGH,
      "aio=native on a path that can block", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk)) {
      return;
    }
    QemuDefaults.Effective aio = QemuDefaults.aio(disk, inv.host().versions());
    if (!aio.value().equals("native")) {
      return;
    }
    Optional<Boolean> zfs = Disks.zfsBacked(guest, disk, out);
    if (zfs.isEmpty()) {
      return;
    }
    String why = blockingPath(disk, zfs.get());
    if (why == null) {
      return;
    }
    boolean ioUringIsDefault = QemuDefaults.aio(Disks.without(disk, "aio"), inv.host().versions()).value().equals("io_uring");
    out.on(guest.resource(disk), guest.label() + " " + disk.key() + " runs aio=" + aio.describe() + " on " + why)
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .evidence("backing: " + Disks.where(disk))
        .impact("native AIO blocks the whole submission syscall when the layer below blocks (ZFS transaction groups, qcow2 or thin-pool metadata lookups): vCPU stalls and latency spikes under load")
        .fix(ioUringIsDefault ? "Drop aio=native (the default for this storage is io_uring)" : "Set aio=io_uring",
            Disruption.RESTART,
            Disks.setOptions(guest, disk, Map.of("aio", ioUringIsDefault ? Optional.empty() : Optional.of("io_uring"))))
        .add();
  }

  private static String blockingPath(Disk disk, boolean zfs) {
    if (zfs) {
      return "ZFS (" + Disks.where(disk) + ")";
    }
    if (QemuDefaults.format(disk).equals("qcow2")) {
      return "a qcow2 image";
    }
    if (disk.backing() instanceof Backing.BlockVolume v) {
      if (v.storageDef().type().equals("lvmthin")) {
        return "LVM-thin storage " + v.storageDef().id();
      }
      boolean chain = v.storageDef().option("snapshot-as-volume-chain").map(Setting::value).map(s -> s.equals("1")).orElse(false);
      if (v.storageDef().type().equals("lvm") && chain) {
        return "LVM storage " + v.storageDef().id() + " with snapshot-as-volume-chain (the volume becomes qcow2 while a snapshot exists, including during backups)";
      }
    }
    return null;
  }
}
