package dev.pvetune.rules.guest;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Setting;
import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Set;

/** GUEST-001: a balloon device on a VM whose RAM is pinned by PCI passthrough. */
public final class BalloonWithPassthrough implements Rule.ForGuest {
  private static final RuleInfo INFO = new RuleInfo("GUEST-001", "balloon-with-passthrough", Severity.MEDIUM,
      "Balloon device on a passthrough VM", Set.of(Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Inventory inv, Findings out) {
    List<Setting> pci = guest.hostpci();
    if (guest.kind() != GuestKind.QEMU || pci.isEmpty() || !Guests.ballooning(guest)) {
      return;
    }
    long ram = guest.memoryMiB() * Bytes.MiB;
    var finding = out.on(guest.resource(), guest.label() + " passes through " + pci.size() + " PCI device(s) but keeps the balloon device ("
            + (guest.balloonMiB().isEmpty() ? "balloon unset (default)" : "balloon " + guest.balloonMiB().getAsLong()) + ")")
        .evidence(Guests.balloon(guest), Guests.balloonRef(guest));
    pci.forEach(p -> finding.evidence("hostpci: " + p.value(), p.source()));
    finding.impact("A passed-through device can DMA into any guest page, so QEMU pins all " + Bytes.format(ram)
            + " of the VM's memory when it starts: the balloon cannot give any of it back to the host, it only takes memory away from the guest")
        .fix("Set balloon: 0 (fixed memory)", Disruption.RESTART,
            new Change.GuestOption(guest.node(), guest.kind(), guest.vmid(), "balloon", guest.setting("balloon").map(Setting::value), "0"))
        .add();
  }
}
