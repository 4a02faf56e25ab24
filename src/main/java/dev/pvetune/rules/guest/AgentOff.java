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
import java.util.Set;

/** GUEST-003: a VM without the QEMU guest agent channel. */
public final class AgentOff implements Rule.ForGuest {
  private static final RuleInfo INFO = new RuleInfo("GUEST-003", "agent-off", Severity.LOW,
      "Guest agent not enabled", Set.of(Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Inventory inv, Findings out) {
    if (guest.kind() != GuestKind.QEMU || guest.agentEnabled()) {
      return;
    }
    var agent = guest.setting("agent");
    out.on(guest.resource(), guest.label() + " has the guest agent " + agent.map(s -> "disabled (agent: " + s.value() + ")").orElse("off (no agent line, default)"))
        .evidence(agent.map(s -> "agent: " + s.value()).orElse("no agent line"), agent.map(Setting::source).orElse(guest.config()))
        .impact("Without the agent, snapshots and backups cannot freeze the guest's filesystems (the copy is only crash-consistent), "
            + "shutdown goes through ACPI and may be ignored, and Proxmox cannot show the guest's IP addresses"
            + (guest.isTemplate() ? "; every clone of this template inherits the setting" : ""))
        .fix("Install qemu-guest-agent in the guest and set agent: 1", Disruption.RESTART,
            new Change.GuestOption(guest.node(), guest.kind(), guest.vmid(), "agent", agent.map(Setting::value), "1"))
        .add();
  }
}
