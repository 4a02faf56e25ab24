package dev.pvetune.rules.maint;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Host;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.parse.host.Mount;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** MAINT-004: root on ZFS without a snapshot to roll an upgrade back to. */
public final class RootPoolNoSnapshot implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MAINT-004", "root-pool-no-snapshot", Severity.INFO,
      "Root dataset without a snapshot", Set.of(Input.ZFS_DATASETS, Input.ZFS_SNAPSHOTS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Optional<Mount> rootMount = inv.host().mounts().stream().filter(m -> m.mountPoint().equals("/")).reduce((a, b) -> b);
    Optional<Dataset> root;
    if (rootMount.isPresent()) {
      root = rootMount.filter(Mount::isZfs).flatMap(m -> inv.dataset(m.device()));
    } else {
      root = inv.datasets().values().stream().filter(d -> d.mountedAt().filter("/"::equals).isPresent()).findFirst();
    }
    if (root.isEmpty()) {
      return;
    }
    Dataset ds = root.get();
    if (!inv.snapshotsOf(ds.name()).isEmpty()) {
      return;
    }
    var finding = out.on("dataset/" + ds.name(), "the root filesystem " + ds.name() + " has no snapshot to roll back to");
    rootMount.ifPresentOrElse(m -> finding.evidence(ds.name() + " mounted on / (" + m.fsType() + ")", Host.ref(m)),
        () -> finding.evidence(ds.name() + " mountpoint / (" + ds.value("mounted") + " mounted)", ds.property("mountpoint").map(p -> p.ref()).orElse(ds.ref())));
    finding.evidence("no snapshot of " + ds.name() + " in the snapshot list");
    finding.impact("If an upgrade or a configuration change breaks the host, there is no zfs rollback: recovery means a rescue boot and a "
            + "reinstall or restore" + ds.bytes("referenced").stream().mapToObj(b -> "; a snapshot costs nothing at first and then only what changes of the "
                + Bytes.format(b) + " root filesystem").findFirst().orElse(""))
        .fix("Snapshot the root filesystem, and again before each upgrade", Disruption.ONLINE, new Change.Manual(List.of(
            "zfs snapshot " + ds.name() + "@pre-upgrade-$(date +%Y%m%d)",
            "before each apt dist-upgrade take a new one; zfs rollback " + ds.name() + "@<snapshot> (from a rescue or boot environment) undoes a failed upgrade",
            "destroy old ones when the upgrade proved good: zfs destroy " + ds.name() + "@<snapshot>")))
        .add();
  }
}
