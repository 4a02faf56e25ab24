package dev.pvetune.rules.disk;

import dev.pvetune.model.Bus;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** DISK-008: a disk that could have its own I/O thread but runs on the main QEMU loop. */
public final class IothreadMissing implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-008", "iothread-missing", Severity.MEDIUM,
      "Disk without an I/O thread", Set.of(Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk) || disk.flag("iothread")) {
      return;
    }
    boolean virtioBlk = disk.bus() == Bus.VIRTIO;
    boolean scsiSingle = disk.bus() == Bus.SCSI && guest.value("scsihw").equals("virtio-scsi-single");
    if (!virtioBlk && !scsiSingle) {
      return;
    }
    out.on(guest.resource(disk), guest.label() + " " + disk.key() + " (" + (virtioBlk ? "virtio-blk" : "virtio-scsi-single") + ") has no iothread")
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .impact("The disk's I/O is handled by QEMU's main event loop, shared with every other device of the guest; an I/O thread per disk removes that contention")
        .fix("Set iothread=1", Disruption.RESTART, Disks.setOptions(guest, disk, Map.of("iothread", Optional.of("1"))))
        .add();
  }
}
