package dev.pvetune.rules.dataset;

import dev.pvetune.model.Dataset;
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
import java.util.Optional;
import java.util.Set;

/** DSET-001: sync=disabled under guest data: flushes are acknowledged and then lost on power failure. */
public final class SyncDisabled implements Rule.ForDataset {
  private static final RuleInfo INFO = new RuleInfo("DSET-001", "sync-disabled", Severity.HIGH,
      "sync=disabled on guest data", Set.of(Input.ZFS_DATASETS, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dataset dataset, List<Inventory.GuestDisk> users, Inventory inv, Findings out) {
    Optional<ZfsProperty> sync = dataset.property("sync");
    if (sync.isEmpty() || !sync.get().value().equals("disabled")) {
      return;
    }
    String owner = GuestData.owner(dataset, sync.get());
    Dataset ownerDs = inv.dataset(owner).orElse(dataset);
    ZfsProperty ownerProp = ownerDs.property("sync").orElse(sync.get());
    out.on("dataset/" + dataset.name(), GuestData.kind(dataset) + " " + dataset.name() + " has sync=disabled (" + sync.get().source() + ") and holds " + GuestData.users(users))
        .evidence("sync disabled " + sync.get().sourceText(), sync.get().ref())
        .impact("Guest flushes and O_SYNC writes return before they reach disk: a power loss or host crash silently drops up to "
            + "the last few seconds of acknowledged writes, which corrupts databases and guest filesystems")
        .fix("Restore sync=standard on " + owner + " (add a power-loss-protected SLOG if sync writes are too slow)", Disruption.ONLINE,
            new Change.ZfsProperty(owner, "sync", ownerProp.value(), ownerProp.sourceText(), Optional.of("standard")))
        .add();
  }
}
