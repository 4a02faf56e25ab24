package dev.pvetune.rules.memory;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Guest;
import dev.pvetune.model.HostMemory;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import dev.pvetune.zfs.ArcPlan;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** MEM-001: guests that start on boot, the ARC limit and the host's own needs exceed RAM. */
public final class MemoryOvercommitted implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MEM-001", "memory-overcommitted", Severity.HIGH,
      "Guest RAM + ARC + host reserve exceed physical RAM", Set.of(Input.GUEST_CONFIGS, Input.MEMINFO));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    HostMemory memory = inv.host().memory().orElseThrow();
    String resource = inv.nodeResource() + "/memory";
    Optional<ArcInEffect> arc = ArcInEffect.of(inv);
    if (arc.isEmpty()) {
      out.unknown(resource, "neither arcstats, zfs_arc_max nor the OpenZFS version tell the ARC limit");
      return;
    }
    List<Guest> starting = ArcAdvice.startingGuests(inv);
    long guestBytes = ArcAdvice.guestBytes(inv);
    long reserve = out.thresholds().hostReserve(memory.totalBytes());
    long needed = guestBytes + arc.get().maxBytes() + reserve;
    if (needed <= memory.totalBytes()) {
      return;
    }
    long shortfall = needed - memory.totalBytes();
    var finding = out.on(resource, "node " + inv.node() + " needs " + Bytes.format(needed) + " but has " + Bytes.format(memory.totalBytes())
            + " of RAM: " + Bytes.format(shortfall) + " short")
        .evidence("MemTotal " + Bytes.format(memory.totalBytes()), memory.ref())
        .evidence("ARC may grow to " + Bytes.format(arc.get().maxBytes()) + " (" + arc.get().how() + ")", arc.get().ref())
        .evidence("host reserve " + Bytes.format(reserve)
            + (out.thresholds().hostReserveBytes().isPresent() ? " (from the settings file)" : " (the larger of 2 GiB and 5% of RAM)"))
        .evidence(starting.size() + " guests start on boot with " + Bytes.format(guestBytes) + " of memory in all");
    starting.stream().sorted((a, b) -> Long.compare(b.memoryMiB(), a.memoryMiB())).forEach(g ->
        finding.evidence(g.label() + " memory " + Bytes.format(g.memoryMiB() * Bytes.MiB), g.setting("memory").map(s -> s.source()).orElse(g.config())));
    finding.impact("When the guests use the memory they were given and the ARC fills to its limit, the kernel runs out: "
            + "the OOM killer stops the largest QEMU process (a VM dies without warning) or the host swaps and stalls")
        .fix("Give guests less memory or move some to another node", Disruption.MANUAL, new Change.Manual(List.of(
            "qm set <vmid> --memory <MiB>   # for VMs that were given more than they use (pct set <ctid> --memory <MiB> for containers)",
            "qm migrate <vmid> <node> --online   # or move guests to a node with free memory")));
    Optional<ArcPlan> plan = ArcAdvice.plan(inv);
    if (plan.isPresent() && plan.get().recommendedMax() < arc.get().maxBytes()) {
      finding.fix("Lower the ARC limit to " + Bytes.format(plan.get().recommendedMax()) + " (what pvetune plan arc recommends for this node)", Disruption.ONLINE,
          new Change.ArcLimits(Optional.of(plan.get().recommendedMax()), Optional.of(plan.get().recommendedMin()),
              boxed(ArcInEffect.parameter(inv, "zfs_arc_max")), boxed(ArcInEffect.parameter(inv, "zfs_arc_min"))));
    }
    finding.add();
  }

  static Optional<Long> boxed(java.util.OptionalLong v) {
    return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
  }
}
