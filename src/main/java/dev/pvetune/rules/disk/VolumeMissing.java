package dev.pvetune.rules.disk;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Disk;
import dev.pvetune.model.DiskKind;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Set;

/**
 * DISK-018: a disk line naming a volume that the bundle shows does not exist. Only a definite
 * absence counts (a ZFS volume missing from a complete `zfs get`); a backing pvetune cannot see
 * (NFS contents, files) is not "missing". Cloud-init drives are left out: Proxmox regenerates them.
 */
public final class VolumeMissing implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-018", "volume-missing", Severity.MEDIUM,
      "Disk references a volume that does not exist", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (disk.kind() == DiskKind.CLOUDINIT || !(disk.backing() instanceof Backing.Missing m)) {
      return;
    }
    boolean boot = guest.bootDisk().map(d -> d.key().equals(disk.key())).orElse(false);
    String cmd = guest.kind() == dev.pvetune.parse.pve.GuestKind.QEMU ? "qm" : "pct";
    out.on(guest.resource(disk), guest.label() + " " + disk.key() + " references " + disk.volume() + ", but " + m.expected()
            + " does not exist on storage " + m.storageDef().id())
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .evidence("storage " + m.storageDef().id() + " (" + m.storageDef().type() + " " + m.storageDef().zfsDataset().orElse("") + ")", m.storageDef().source())
        .evidence("zfs get lists no dataset " + m.expected(), dev.pvetune.model.SourceRef.of("cmd/zfs-get.out"))
        .impact((boot ? "This is the boot disk: the guest cannot start. " : "The guest fails to start while this line names a missing volume. ")
            + "Backups, replication and migrations of the guest fail on it too")
        .fix("Find out where the volume went, then restore it or drop the line", Disruption.MANUAL, new Change.Manual(List.of(
            "zfs list -t all -r " + m.storageDef().zfsDataset().orElse("<pool>") + " | grep " + guest.vmid() + "   # renamed, moved to another dataset, or on another node?",
            "if it was deleted on purpose: " + cmd + " set " + guest.vmid() + " --delete " + disk.key(),
            "if it was lost: restore the disk from the latest backup (qmrestore / pct restore, or the PBS file restore of that disk)")))
        .add();
  }
}
