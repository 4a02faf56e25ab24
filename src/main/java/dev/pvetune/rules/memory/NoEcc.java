package dev.pvetune.rules.memory;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Setting;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** MEM-007: DMI reports memory without error correction. */
public final class NoEcc implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MEM-007", "no-ecc", Severity.MEDIUM,
      "Memory without ECC", Set.of(Input.DMI_MEMORY));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    String resource = inv.nodeResource() + "/memory";
    Optional<Setting> ecc = inv.host().memoryErrorCorrection();
    if (ecc.isEmpty()) {
      out.unknown(resource, "dmidecode shows no memory array with an Error Correction Type (a virtual machine, or no SMBIOS data)");
      return;
    }
    if (!ecc.get().value().equals("None")) {
      return;
    }
    out.on(resource, "node " + inv.node() + " has memory without error correction (DMI Error Correction Type: None)")
        .evidence("Error Correction Type: None", ecc.get().source())
        .impact("ZFS checksums what it writes, not what it holds in RAM: a flipped bit in the ARC or in a dirty buffer is written to disk with "
            + "a valid checksum, and neither reads nor scrubs can detect it. s000: ECC is not optional for ZFS")
        .fix("Use ECC memory on a board and CPU that support it", Disruption.HARDWARE, new Change.Manual(List.of(
            "check whether the platform supports ECC (server and workstation boards; many AMD Ryzen boards with unbuffered ECC DIMMs)",
            "replace the DIMMs with ECC modules, then confirm: dmidecode -t memory | grep 'Error Correction Type'")))
        .add();
  }
}
