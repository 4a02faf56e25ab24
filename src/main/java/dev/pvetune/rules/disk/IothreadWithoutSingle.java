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
import java.util.Optional;
import java.util.Set;

/** DISK-009: iothread=1 on a SCSI disk whose controller cannot give it its own thread. */
public final class IothreadWithoutSingle implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-009", "iothread-without-single", Severity.LOW,
      "iothread=1 without virtio-scsi-single", Set.of(Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk) || disk.bus() != Bus.SCSI || !disk.flag("iothread")) {
      return;
    }
    Optional<String> configured = guest.setting("scsihw").map(s -> s.value());
    String controller = configured.orElse("lsi");
    if (controller.equals("virtio-scsi-single")) {
      return;
    }
    boolean emulated = !controller.startsWith("virtio-scsi");
    var finding = out.on(guest.resource(disk), guest.label() + " " + disk.key() + " sets iothread=1 but the SCSI controller is "
            + controller + (configured.isEmpty() ? " (default)" : ""))
        .evidence(disk.key() + ": " + disk.raw(), disk.source());
    guest.setting("scsihw").ifPresentOrElse(
        s -> finding.evidence("scsihw: " + s.value(), s.source()),
        () -> finding.evidence("no scsihw line: qemu-server's default is lsi", guest.config()));
    finding.impact(emulated
            ? "An emulated " + controller + " controller has no I/O threads at all: the option is ignored"
            : "virtio-scsi-pci puts every SCSI disk on one controller; an I/O thread belongs to a controller, so one per disk needs virtio-scsi-single: the option does nothing here")
        .fix("Set scsihw=virtio-scsi-single so each SCSI disk gets its own controller and iothread=1 takes effect"
                + (emulated && guest.ostype().startsWith("w") ? " (install the VirtIO SCSI driver in Windows first, or it will not boot)" : ""),
            Disruption.RESTART,
            new Change.GuestOption(guest.node(), guest.kind(), guest.vmid(), "scsihw", configured, "virtio-scsi-single"))
        .add();
  }
}
