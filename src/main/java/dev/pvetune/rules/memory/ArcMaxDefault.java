package dev.pvetune.rules.memory;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.HostMemory;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Setting;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import dev.pvetune.zfs.ArcDefaults;
import dev.pvetune.zfs.S000ArcAdvice;
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
    if (!param.value().equals("0")) {
      return;
    }
    HostMemory memory = inv.host().memory().orElseThrow();
    long ram = memory.totalBytes();
    Optional<ArcInEffect> effective = ArcInEffect.of(inv);
    long poolBytes = inv.pools().stream().map(Pool::sizeBytes).filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).sum();
    S000ArcAdvice advice = S000ArcAdvice.forRam(ram);
    long pveMinimum = ArcDefaults.pveDocsMinimum(poolBytes);
    long suggested = roundToGib(Math.max(advice.lowBytes(), pveMinimum));
    OptionalLong arcMin = ArcInEffect.parameter(inv, "zfs_arc_min");
    Optional<Long> newMin = arcMin.isPresent() && arcMin.getAsLong() > S000ArcAdvice.arcMinFor(suggested)
        ? Optional.of(S000ArcAdvice.arcMinFor(suggested)) : Optional.empty();
    var finding = out.on(resource, "zfs_arc_max is 0 (unset): the ARC may grow to "
            + effective.map(e -> Bytes.format(e.maxBytes()) + " (" + e.how() + ")").orElse("the OpenZFS default")
            + " of " + Bytes.format(ram) + " RAM")
        .evidence("zfs_arc_max 0", param.source())
        .evidence("MemTotal " + Bytes.format(ram), memory.ref());
    effective.ifPresent(e -> finding.evidence("effective ARC limit " + Bytes.format(e.maxBytes()) + " (" + e.how() + ")", e.ref()));
    finding.evidence("suggested " + Bytes.format(suggested) + ": s000's table gives " + Bytes.format(advice.lowBytes())
            + (advice.highBytes() != advice.lowBytes() ? "–" + Bytes.format(advice.highBytes()) : "") + " for this RAM; Proxmox's rule of 2 GiB + 1 GiB per TiB of pool gives "
            + Bytes.format(pveMinimum) + " for " + Bytes.format(poolBytes) + " of pools")
        .impact("The ARC competes with guests for RAM; it shrinks under pressure, but not fast enough to stop the OOM killer when guests allocate quickly")
        .fix("Limit the ARC to " + Bytes.format(suggested) + " now and at boot", Disruption.ONLINE,
            new Change.ArcLimits(Optional.of(suggested), newMin, Optional.of(0L), boxed(arcMin)))
        .add();
  }

  private static long roundToGib(long bytes) {
    return Math.max(Bytes.GiB, (bytes + Bytes.GiB / 2) / Bytes.GiB * Bytes.GiB);
  }

  private static Optional<Long> boxed(OptionalLong v) {
    return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
  }
}
