package dev.pvetune.rules.disk;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Storage;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Set;

/** DISK-014: a qcow2 image on a ZFS dataset: copy-on-write on copy-on-write. */
public final class Qcow2OnZfs implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-014", "qcow2-on-zfs", Severity.HIGH,
      "qcow2 image on a ZFS dataset", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk) || !(disk.backing() instanceof Backing.ImageFile f) || !f.format().equals("qcow2")) {
      return;
    }
    if (f.onDataset().isEmpty()) {
      return;
    }
    String target = inv.storages().stream()
        .filter(s -> s.isZfsPool() && !s.disabled() && s.availableOn(inv.node()) && s.holds("images"))
        .map(Storage::id).findFirst().orElse("<zfspool-storage>");
    out.on(guest.resource(disk), guest.label() + " " + disk.key() + " is a qcow2 image on ZFS dataset " + f.onDataset().get().name())
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .evidence("storage " + f.storageDef().id() + " path " + f.storageDef().path().orElse("?") + " lies on dataset " + f.onDataset().get().name(), f.onDataset().get().ref())
        .impact("Double copy-on-write (qcow2 clusters over ZFS records), two snapshot systems and two thin-provisioning layers: every guest write is amplified twice")
        .fix("Move the disk to a zfspool storage as a raw zvol", Disruption.RECREATE, new Change.Manual(List.of(
            "qm disk move " + guest.vmid() + " " + disk.key() + " " + target + " --format raw --delete 1   # works while the VM runs; needs free space for a full copy",
            "check the VM, then remove leftover snapshots of the old image if any")))
        .add();
  }
}
