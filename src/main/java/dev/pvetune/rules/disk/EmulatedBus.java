package dev.pvetune.rules.disk;

import dev.pvetune.model.Bus;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** DISK-011: a data disk on an emulated IDE or SATA controller instead of virtio. */
public final class EmulatedBus implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-011", "emulated-bus", Severity.LOW,
      "Data disk on an emulated IDE/SATA bus", Set.of(Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk) || (disk.bus() != Bus.IDE && disk.bus() != Bus.SATA)) {
      return;
    }
    String bus = disk.bus() == Bus.IDE ? "IDE" : "SATA (AHCI)";
    String newKey = freeKey(guest, disk);
    boolean windows = guest.ostype().startsWith("w");
    boolean boot = guest.bootDisk().map(d -> d.key().equals(disk.key())).orElse(false);
    String options = disk.raw().contains(",") ? disk.raw().substring(disk.raw().indexOf(',')) : "";
    List<String> steps = new ArrayList<>();
    if (windows) {
      steps.add("in Windows: install the VirtIO drivers (virtio-win ISO, vioscsi) while the disk is still on " + disk.key()
          + "; attaching a small temporary SCSI disk first makes Windows load the driver");
    } else {
      steps.add("in the guest: make sure fstab/bootloader use UUIDs or labels, not /dev/sdX names that may change");
    }
    steps.add("qm shutdown " + guest.vmid());
    steps.add("qm set " + guest.vmid() + " --delete " + disk.key() + "   # the volume stays, as unused0");
    steps.add("qm set " + guest.vmid() + " --" + newKey + " " + disk.volume() + options + ",iothread=1"
        + (guest.value("scsihw").equals("virtio-scsi-single") ? "" : " --scsihw virtio-scsi-single"));
    if (boot) {
      steps.add("qm set " + guest.vmid() + " --boot order=" + newKey + "   # it was the boot disk; keep the other boot entries you need");
    }
    steps.add("qm start " + guest.vmid() + " and check the guest sees its disk");
    out.on(guest.resource(disk), guest.label() + " " + disk.key() + " is a data disk on the emulated " + bus + " bus")
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .impact(disk.bus() == Bus.IDE
            ? "QEMU emulates an IDE controller register by register: one request in flight per channel, a VM exit for each, and no I/O thread; virtio-scsi handles deep queues with a fraction of the CPU"
            : "QEMU emulates AHCI register by register: every request traps into the device model and there is no I/O thread; virtio-scsi is several times faster per CPU cycle")
        .fix("Move the disk to virtio-scsi (" + newKey + ")", Disruption.MANUAL, new Change.Manual(steps))
        .add();
  }

  /**
   * A scsiN the guest does not use yet: the first free one for its first emulated data disk, the
   * second for the second, so the fixes of several disks of one guest do not collide.
   */
  private static String freeKey(Guest guest, Disk disk) {
    List<Disk> emulated = guest.disks().stream()
        .filter(d -> Disks.isVmDataDisk(guest, d) && (d.bus() == Bus.IDE || d.bus() == Bus.SATA)).toList();
    int skip = Math.max(0, emulated.indexOf(disk));
    Set<String> used = new java.util.HashSet<>(guest.settings().keySet());
    guest.disks().forEach(d -> used.add(d.key()));
    for (int i = 0; i <= 30; i++) {
      if (!used.contains("scsi" + i) && skip-- == 0) {
        return "scsi" + i;
      }
    }
    return "scsiN";
  }
}
