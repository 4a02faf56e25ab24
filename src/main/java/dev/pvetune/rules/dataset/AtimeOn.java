package dev.pvetune.rules.dataset;

import dev.pvetune.model.Backing;
import dev.pvetune.model.DiskKind;
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
import java.util.stream.Collectors;

/**
 * DSET-004: atime=on on a filesystem holding container root filesystems or the image files of a
 * dir storage: reads become metadata writes (at most daily per file with relatime=on).
 */
public final class AtimeOn implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("DSET-004", "atime-on", Severity.LOW,
      "atime=on on container or dir-storage datasets", Set.of(Input.ZFS_DATASETS, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Map<String, List<GuestDataSettings.Affected>> byOwner = GuestDataSettings.byOwner(inv, "atime",
        a -> !a.dataset().isVolume() && a.property().value().equals("on") && a.users().stream().anyMatch(AtimeOn::containerOrDir));
    byOwner.forEach((owner, affected) -> {
      // relatime can come from elsewhere than atime; one dataset with strict atime makes the finding low
      List<GuestDataSettings.Affected> strict = affected.stream().filter(a -> !a.dataset().value("relatime").equals("on")).toList();
      var finding = OwnerFinding.start(out, inv, owner, "atime", affected).severity(strict.isEmpty() ? Severity.INFO : Severity.LOW);
      affected.stream().limit(5).forEach(a -> a.dataset().property("relatime").ifPresent(p ->
          finding.evidence(a.dataset().name() + ": relatime " + p.value() + " (" + p.sourceText() + ")", p.ref())));
      String strictNames = strict.stream().map(a -> a.dataset().name()).collect(Collectors.joining(", "));
      finding.impact(strict.isEmpty()
              ? "With relatime=on a read updates a file's access time at most once a day (or after a change), so the cost is small; "
                  + "atime=off removes it entirely"
              : "On " + strictNames + " (relatime off) every read of a file rewrites its access time: on copy-on-write that is a metadata "
                  + "write for each file read, and a read-only workload keeps the pool busy writing")
          .fix("Set atime=off on " + owner + (strict.isEmpty() ? "" : " (or relatime=on if something in the guests relies on access times)"),
              Disruption.ONLINE, OwnerFinding.set(inv, owner, "atime", affected, "off"))
          .add();
    });
  }

  private static boolean containerOrDir(Inventory.GuestDisk u) {
    return u.disk().kind() == DiskKind.CT_ROOT || u.disk().backing() instanceof Backing.ImageFile;
  }
}
