package dev.pvetune.rules.memory;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.HostMemory;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Setting;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import dev.pvetune.zfs.ArcPlan;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** MEM-002: no ARC limit set, so ZFS may take half of RAM (or nearly all of it since 2.3). */
public final class ArcMaxDefault implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MEM-002", "arc-max-default", Severity.MEDIUM,
      "ARC size left at the OpenZFS default", Set.of(Input.ZFS_PARAMETERS, Input.MEMINFO));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Setting param = inv.host().zfsParameters().get("zfs_arc_max");
    String resource = inv.nodeResource() + "/arc";
    if (param == null) {
      out.unknown(resource, "/sys/module/zfs/parameters/zfs_arc_max is not in the bundle");
      return;
    }
    OptionalLong value = ArcInEffect.parameter(inv, "zfs_arc_max");
    if (value.isEmpty()) {
      out.unknown(resource, "zfs_arc_max is not a number: '" + param.value() + "'");
      return;
    }
    Optional<String> ignored = ArcInEffect.ignoredBecause(value.getAsLong(), inv);
    if (ignored.isEmpty()) {
      return;
    }
    HostMemory memory = inv.host().memory().orElseThrow();
    Optional<ArcInEffect> effective = ArcInEffect.of(inv);
    Optional<ArcPlan> plan = ArcAdvice.plan(inv);
    if (plan.isEmpty()) {
      out.unknown(resource, "the node's memory is too small or unknown to plan an ARC limit");
      return;
    }
    ArcPlan p = plan.get();
    String state = value.getAsLong() == 0 ? "zfs_arc_max is 0 (unset)" : "zfs_arc_max=" + value.getAsLong() + " is ignored (" + ignored.get() + ")";
    var finding = out.on(resource, state + ": the ARC may grow to "
            + effective.map(e -> Bytes.format(e.maxBytes()) + " (" + e.how() + ")").orElse("the OpenZFS default")
            + " of " + Bytes.format(memory.totalBytes()) + " RAM")
        .evidence("zfs_arc_max " + param.value() + ": " + ignored.get(), param.source())
        .evidence("MemTotal " + Bytes.format(memory.totalBytes()), memory.ref());
    effective.ifPresent(e -> finding.evidence("effective ARC limit " + Bytes.format(e.maxBytes()) + " (" + e.how() + ")", e.ref()));
    finding.evidence("s000's table gives " + Bytes.format(p.s000().lowBytes())
            + (p.s000().highBytes() != p.s000().lowBytes() ? "–" + Bytes.format(p.s000().highBytes()) : "") + " for this RAM"
            + p.pveDocsMinimum().stream().mapToObj(m -> "; Proxmox's 2 GiB + 1 GiB per TiB of pool gives " + Bytes.format(m)).findFirst().orElse("")
            + "; Proxmox installs since 8.1 write " + Bytes.format(p.proxmoxInstallerMax()))
        .evidence("guests that start on boot need " + Bytes.format(ArcAdvice.guestBytes(inv)) + ", the host reserve " + Bytes.format(p.request().hostReserve())
            + ": " + Bytes.format(p.availableForArcBytes()) + " is left for the ARC")
        .impact("The ARC competes with guests for RAM; it shrinks under pressure, but not fast enough to stop the OOM killer when guests allocate quickly");
    p.warnings().forEach(finding::evidence);
    finding.fix("Limit the ARC to " + Bytes.format(p.recommendedMax()) + " now and at boot", Disruption.ONLINE,
            new Change.ArcLimits(Optional.of(p.recommendedMax()), Optional.of(p.recommendedMin()), Optional.of(value.getAsLong()),
                MemoryOvercommitted.boxed(ArcInEffect.parameter(inv, "zfs_arc_min"))))
        .add();
  }
}
