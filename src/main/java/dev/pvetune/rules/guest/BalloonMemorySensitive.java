package dev.pvetune.rules.guest;

import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Role;
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
import java.util.Set;

/** GUEST-002: ballooning on a guest whose role does badly under memory pressure. */
public final class BalloonMemorySensitive implements Rule.ForGuest {
  private static final RuleInfo INFO = new RuleInfo("GUEST-002", "balloon-memory-sensitive", Severity.LOW,
      "Balloon on a memory-sensitive guest", Set.of(Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Inventory inv, Findings out) {
    if (guest.kind() != GuestKind.QEMU || !Guests.ballooning(guest)) {
      return;
    }
    List<String> roles = new ArrayList<>();
    if (guest.has(Role.WINDOWS_INFRA)) roles.add("windows-infra");
    if (guest.has(Role.DB)) roles.add("db");
    if (guest.has(Role.AI)) roles.add("ai");
    if (roles.isEmpty()) {
      return;
    }
    String why = guest.has(Role.WINDOWS_INFRA)
        ? "domain controllers and certificate authorities slow down and misbehave when the balloon driver takes memory away"
        : guest.has(Role.DB)
            ? "a database sizes its buffer pool to the memory it sees; when the balloon inflates, the guest swaps or the OOM killer hits the database"
            : "AI workloads load models into RAM and pinned buffers; a shrinking balloon forces them out or kills the process";
    String balloonTarget = guest.balloonMiB().isPresent() && guest.balloonMiB().getAsLong() < guest.memoryMiB()
        ? "; under host pressure the guest can be squeezed from " + guest.memoryMiB() + " down to " + guest.balloonMiB().getAsLong() + " MiB"
        : "";
    out.on(guest.resource(), guest.label() + " has role " + String.join(", ", roles) + " and the balloon device on ("
            + (guest.balloonMiB().isEmpty() ? "balloon unset (default)" : "balloon " + guest.balloonMiB().getAsLong()) + ")")
        .evidence(Guests.balloon(guest), Guests.balloonRef(guest))
        .evidence("tags: " + guest.value("tags") + (guest.ostype().isEmpty() ? "" : ", ostype " + guest.ostype()),
            guest.setting("tags").map(Setting::source).orElse(guest.config()))
        .impact("Fixed memory suits this guest: " + why + balloonTarget)
        .fix("Set balloon: 0 (fixed memory of " + guest.memoryMiB() + " MiB)", Disruption.RESTART,
            new Change.GuestOption(guest.node(), guest.kind(), guest.vmid(), "balloon", guest.setting("balloon").map(Setting::value), "0"))
        .add();
  }
}
