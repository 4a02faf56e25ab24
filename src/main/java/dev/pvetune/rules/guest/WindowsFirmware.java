package dev.pvetune.rules.guest;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** GUEST-006: a Windows VM on legacy BIOS or the i440fx machine instead of OVMF and q35. */
public final class WindowsFirmware implements Rule.ForGuest {
  private static final RuleInfo INFO = new RuleInfo("GUEST-006", "windows-firmware", Severity.INFO,
      "Windows without OVMF and q35", Set.of(Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Inventory inv, Findings out) {
    if (guest.kind() != GuestKind.QEMU || !guest.ostype().startsWith("win")) {
      return;
    }
    Optional<Setting> bios = guest.setting("bios");
    Optional<Setting> machine = guest.setting("machine");
    boolean ovmf = bios.map(s -> s.value().equals("ovmf")).orElse(false);
    boolean q35 = machine.map(s -> s.value().contains("q35")).orElse(false);
    if (ovmf && q35) {
      return;
    }
    List<String> missing = new ArrayList<>();
    if (!ovmf) {
      missing.add("bios " + bios.map(Setting::value).orElse("seabios (default)"));
    }
    if (!q35) {
      missing.add("machine " + machine.map(Setting::value).orElse("i440fx (default)"));
    }
    var finding = out.on(guest.resource(), guest.label() + " runs " + guest.ostype() + " with " + String.join(" and ", missing))
        .evidence("ostype: " + guest.value("ostype"), guest.setting("ostype").get().source())
        .evidence(bios.map(s -> "bios: " + s.value()).orElse("no bios line: SeaBIOS (default)"), bios.map(Setting::source).orElse(guest.config()))
        .evidence(machine.map(s -> "machine: " + s.value()).orElse("no machine line: i440fx (default)"), machine.map(Setting::source).orElse(guest.config()));
    List<String> steps = new ArrayList<>();
    if (!ovmf) {
      steps.add("in Windows (10 1703 or later): mbr2gpt /validate /allowFullOS, then mbr2gpt /convert /allowFullOS; older Windows needs a reinstall for UEFI");
      steps.add("qm shutdown " + guest.vmid());
      steps.add("qm set " + guest.vmid() + " --bios ovmf --efidisk0 <storage>:1,efitype=4m,pre-enrolled-keys=1");
    } else {
      steps.add("qm shutdown " + guest.vmid());
    }
    if (!q35) {
      steps.add("qm set " + guest.vmid() + " --machine q35   # Windows re-detects the chipset on first boot; keep the VirtIO drivers installed");
    }
    steps.add("qm start " + guest.vmid() + " and check it boots; a TPM (tpmstate0) can be added once it runs on OVMF");
    finding.impact("Legacy BIOS means no Secure Boot and no TPM 2.0 (required by Windows 11) and an MBR disk limited to 2 TiB; i440fx has no native PCIe, which passthrough devices and newer VirtIO drivers expect")
        .fix("Switch to OVMF (UEFI) and the q35 machine type", Disruption.MANUAL, new Change.Manual(steps))
        .add();
  }
}
