package dev.pvetune.rules.dataset;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DSET-007: guest data kept out of the ARC (primarycache=none, or metadata only at info). */
public final class PrimarycacheNone implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("DSET-007", "primarycache-none", Severity.MEDIUM,
      "primarycache=none on guest data", Set.of(Input.ZFS_DATASETS, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Map<String, List<GuestDataSettings.Affected>> byOwner = GuestDataSettings.byOwner(inv, "primarycache",
        a -> a.property().value().equals("none") || a.property().value().equals("metadata"));
    byOwner.forEach((owner, affected) -> {
      boolean none = affected.get(0).property().value().equals("none");
      OwnerFinding.start(out, inv, owner, "primarycache", affected)
          .severity(none ? Severity.MEDIUM : Severity.INFO)
          .impact(none
              ? "Nothing of this data is cached in the ARC, not even its metadata: every guest read goes to disk, and so does every "
                  + "indirect-block lookup a read or a copy-on-write update needs, so one guest read can cost several disk reads"
              : "Guest data blocks are not cached in the ARC, only metadata: right for a working set far larger than the ARC that "
                  + "would only evict everything else, otherwise repeated guest reads go to disk")
          .fix("Set primarycache=all on " + owner + (none ? "" : " unless this guest's working set really dwarfs the ARC"), Disruption.ONLINE,
              OwnerFinding.set(inv, owner, "primarycache", affected, "all"))
          .add();
    });
  }
}
