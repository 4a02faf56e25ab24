package dev.pvetune.rules.memory;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Setting;
import dev.pvetune.model.Swap;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Set;

/**
 * MEM-006: vm.swappiness above 10 on a ZFS host with swap: the kernel swaps out guest memory
 * early. Quiet without active swap, where the setting has nothing to act on.
 */
public final class SwappinessHigh implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MEM-006", "swappiness-high", Severity.LOW,
      "vm.swappiness above 10 on a ZFS host", Set.of(Input.SWAPPINESS, Input.SWAPS));

  static final int ADVISED = 10;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Setting swappiness = inv.host().swappiness().orElseThrow();
    String resource = inv.nodeResource() + "/swappiness";
    if (!swappiness.value().matches("\\d{1,4}")) {
      out.unknown(resource, "vm.swappiness is '" + swappiness.value() + "', not a number");
      return;
    }
    int value = Integer.parseInt(swappiness.value());
    List<Swap> swaps = inv.host().swaps();
    if (value <= ADVISED || swaps.isEmpty() || (inv.pools().isEmpty() && inv.datasets().isEmpty())) {
      return;
    }
    long size = swaps.stream().mapToLong(Swap::sizeBytes).sum();
    long used = swaps.stream().mapToLong(Swap::usedBytes).sum();
    var finding = out.on(resource, "vm.swappiness is " + value + " on ZFS node " + inv.node() + " with " + Bytes.format(size) + " of swap ("
            + Bytes.format(used) + " in use)")
        .evidence("vm.swappiness " + value, swappiness.source());
    swaps.forEach(s -> finding.evidence(s.device() + " " + Bytes.format(s.sizeBytes()) + ", " + Bytes.format(s.usedBytes()) + " used", s.ref()));
    finding.impact("At " + value + " the kernel swaps out anonymous memory, which on a hypervisor is mostly guest RAM in QEMU processes, "
            + "long before memory runs out; a guest touching swapped pages stalls on disk. The ARC is not page cache and does not benefit. "
            + "Proxmox advises " + ADVISED + " or less on ZFS hosts")
        .fix("Set vm.swappiness=" + ADVISED + " now and at boot", Disruption.ONLINE, new Change.Manual(List.of(
            "sysctl -w vm.swappiness=" + ADVISED,
            "echo 'vm.swappiness = " + ADVISED + "' > /etc/sysctl.d/90-swappiness.conf   # keeps it across reboots")))
        .add();
  }
}
