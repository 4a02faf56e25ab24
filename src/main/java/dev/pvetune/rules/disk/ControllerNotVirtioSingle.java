package dev.pvetune.rules.disk;

import dev.pvetune.model.Bus;
import dev.pvetune.model.Disk;
import dev.pvetune.model.DiskKind;
import dev.pvetune.model.Guest;
import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** DISK-010: SCSI disks behind an emulated or shared-queue controller. */
public final class ControllerNotVirtioSingle implements Rule.ForGuest {
  private static final RuleInfo INFO = new RuleInfo("DISK-010", "controller-not-virtio-single", Severity.MEDIUM,
      "SCSI disks not on virtio-scsi-single", Set.of(Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Inventory inv, Findings out) {
    if (guest.kind() != GuestKind.QEMU) {
      return;
    }
    List<Disk> scsi = guest.disks().stream().filter(d -> d.bus() == Bus.SCSI && d.kind() == DiskKind.DATA).toList();
    if (scsi.isEmpty()) {
      return;
    }
    Optional<String> configured = guest.setting("scsihw").map(s -> s.value());
    String controller = configured.orElse("lsi");
    if (controller.equals("virtio-scsi-single")) {
      return;
    }
    boolean emulated = !controller.startsWith("virtio-scsi");
    boolean windows = guest.ostype().startsWith("w");
    String summary = "Set scsihw=virtio-scsi-single"
        + (emulated && windows ? " after installing the VirtIO SCSI driver (vioscsi) in Windows, or it will not boot" : "");
    var finding = out.on(guest.resource(), guest.label() + " has " + scsi.size() + " SCSI disk(s) on controller " + controller + (configured.isEmpty() ? " (default)" : ""))
        .impact(emulated
            ? controller + " is an emulated controller: every I/O traps into QEMU's device model, several times slower than virtio, and no I/O threads"
            : "virtio-scsi-pci puts all disks on one controller and one queue, so per-disk iothread=1 has no effect");
    guest.setting("scsihw").ifPresentOrElse(
        s -> finding.evidence("scsihw: " + s.value(), s.source()),
        () -> finding.evidence("no scsihw line: qemu-server's default is lsi", guest.config()));
    scsi.forEach(d -> finding.evidence(d.key() + ": " + d.raw(), d.source()));
    finding.fix(summary, Disruption.RESTART,
            new Change.GuestOption(guest.node(), guest.kind(), guest.vmid(), "scsihw", configured, "virtio-scsi-single"))
        .add();
  }
}
