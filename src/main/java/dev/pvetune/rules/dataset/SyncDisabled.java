package dev.pvetune.rules.dataset;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.ZfsProperty;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** DSET-001: sync=disabled under guest data: flushes are acknowledged and then lost on power failure. */
public final class SyncDisabled implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("DSET-001", "sync-disabled", Severity.HIGH,
      "sync=disabled on guest data", Set.of(Input.ZFS_DATASETS, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Map<String, List<GuestDataSettings.Affected>> byOwner =
        GuestDataSettings.byOwner(inv, "sync", a -> a.property().value().equals("disabled"));
    byOwner.forEach((owner, affected) -> {
      ZfsProperty ownerProp = inv.dataset(owner).flatMap(d -> d.property("sync")).orElse(affected.get(0).property());
      var finding = out.on("dataset/" + owner, GuestDataSettings.subject(owner, affected) + " has sync=disabled, holding " + GuestDataSettings.guests(affected))
          .evidence("sync disabled (" + ownerProp.sourceText() + ") on " + owner, ownerProp.ref());
      affected.stream().filter(a -> !a.dataset().name().equals(owner))
          .forEach(a -> finding.evidence(a.dataset().name() + ": sync disabled (" + a.property().sourceText() + ")", a.property().ref()));
      finding.impact("Guest flushes and O_SYNC writes return before they reach disk: a power loss or host crash silently drops the last seconds "
              + "of writes the guests were told are safe, which corrupts databases and guest filesystems")
          .fix("Restore sync=standard on " + owner + " (add a power-loss-protected SLOG if sync writes are too slow)", Disruption.ONLINE,
              new Change.ZfsProperty(owner, "sync", ownerProp.value(), ownerProp.sourceText(), Optional.of("standard")))
          .add();
    });
  }
}
