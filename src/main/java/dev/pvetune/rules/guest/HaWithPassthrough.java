package dev.pvetune.rules.guest;

import dev.pvetune.model.Cluster;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Setting;
import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.parse.pve.HaResource;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GUEST-005: an HA-managed VM pinned to this node's hardware by a raw PCI passthrough. A device
 * given as a cluster resource mapping ({@code mapping=}) can be found on other nodes, so only raw
 * host addresses count.
 */
public final class HaWithPassthrough implements Rule.ForGuest {
  private static final RuleInfo INFO = new RuleInfo("GUEST-005", "ha-with-passthrough", Severity.HIGH,
      "HA guest with PCI passthrough", Set.of(Input.GUEST_CONFIGS, Input.CLUSTER_JOBS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Inventory inv, Findings out) {
    if (guest.kind() != GuestKind.QEMU) {
      return;
    }
    Optional<HaResource> ha = inv.cluster().ha(guest.vmid());
    List<Setting> raw = guest.hostpci().stream().filter(p -> !p.value().startsWith("mapping=") && !p.value().contains(",mapping=")).toList();
    if (ha.isEmpty() || raw.isEmpty()) {
      return;
    }
    var finding = out.on(guest.resource(), guest.label() + " is HA-managed (" + ha.get().sid() + ", " + ha.get().state() + ") but passes through "
            + raw.size() + " PCI device(s) of this node")
        .evidence("HA resource " + ha.get().sid() + " state " + ha.get().state(), Cluster.ref(ha.get()));
    raw.forEach(p -> finding.evidence("hostpci: " + p.value(), p.source()));
    finding.impact("The VM can neither live-migrate nor start on another node: the PCI address names a device in " + inv.node()
            + ". On a node failure HA fences the node and the restart elsewhere fails or grabs whatever device sits at that address there")
        .fix("Take the VM out of HA, or map the device on every node that may run it", Disruption.MANUAL, new Change.Manual(List.of(
            "ha-manager remove " + ha.get().sid() + "   # keep onboot and a startup order instead",
            "or: define a PCI resource mapping (Datacenter > Resource Mappings) with an identical device on each node and use hostpciN: mapping=<id>")))
        .add();
  }
}
