package dev.pvetune.rules.disk;

import dev.pvetune.model.Cluster;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** DISK-002: a buffered cache mode on a disk that can move between nodes while running. */
public final class CacheOnMigratable implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-002", "cache-on-migratable", Severity.CRITICAL,
      "Buffered cache on shared storage or an HA guest", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.CLUSTER_JOBS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk)) {
      return;
    }
    String cache = disk.option("cache").orElse("none");
    if (QemuDefaults.isDirect(cache)) {
      return;
    }
    boolean shared = disk.backing().isShared();
    boolean ha = inv.cluster().ha(guest.vmid()).isPresent();
    if (!shared && !ha) {
      return;
    }
    String why = shared
        ? "storage " + disk.backing().storage().get().id() + " is shared (" + disk.backing().storage().get().type() + ")"
        : "the guest is HA-managed";
    var finding = out.on(guest.resource(disk), guest.label() + " " + disk.key() + " uses cache=" + cache + " but can live-migrate: " + why)
        .evidence(disk.key() + ": " + disk.raw(), disk.source());
    if (shared) {
      finding.evidence("storage " + disk.backing().storage().get().id() + " type " + disk.backing().storage().get().type(), disk.backing().storage().get().source());
    }
    inv.cluster().ha(guest.vmid()).ifPresent(h -> finding.evidence("HA resource " + h.sid() + " state " + h.state(), Cluster.ref(h)));
    finding.impact("Dirty data in one node's page cache is not coherent with the other node during a live migration: a known corruption vector")
        .fix("Drop cache=" + cache + " (default cache=none) so no host cache holds guest writes", Disruption.RESTART,
            Disks.setOptions(guest, disk, Map.of("cache", Optional.empty())))
        .add();
  }
}
