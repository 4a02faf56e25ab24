package dev.pvetune.rules.guest;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Cluster;
import dev.pvetune.model.Disk;
import dev.pvetune.model.DiskKind;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Storage;
import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.parse.pve.HaResource;
import dev.pvetune.parse.pve.ReplicationJob;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GUEST-004: an HA-managed guest with a disk that only this node has. Storage replication makes a
 * local ZFS disk available elsewhere, except for disks marked replicate=0. CD-ROMs and cloud-init
 * drives do not count: HA does not need their contents on the other node.
 */
public final class HaOnLocalStorage implements Rule.ForGuest {
  private static final RuleInfo INFO = new RuleInfo("GUEST-004", "ha-on-local-storage", Severity.HIGH,
      "HA guest on local storage without replication", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.CLUSTER_JOBS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Inventory inv, Findings out) {
    Optional<HaResource> ha = inv.cluster().ha(guest.vmid());
    if (ha.isEmpty()) {
      return;
    }
    List<ReplicationJob> jobs = inv.cluster().replicationOf(guest.vmid());
    List<Disk> local = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Disk d : guest.disks()) {
      if (d.kind() == DiskKind.CDROM || d.kind() == DiskKind.CLOUDINIT) {
        continue;
      }
      if (d.backing() instanceof Backing.Unknown u) {
        unknown.add(d.key() + ": " + u.reason());
        continue;
      }
      Optional<Storage> storage = d.backing().storage();
      if (storage.isEmpty() || d.backing().isShared()) {
        continue;
      }
      boolean replicated = !jobs.isEmpty() && storage.get().isZfsPool() && !isOff(d.option("replicate").orElse("1"));
      if (!replicated) {
        local.add(d);
      }
    }
    if (local.isEmpty()) {
      if (!unknown.isEmpty()) {
        out.unknown(guest.resource(), String.join("; ", unknown));
      }
      return;
    }
    String storages = String.join(", ", local.stream().map(d -> d.backing().storage().get().id()).distinct().toList());
    String cmd = guest.kind() == GuestKind.QEMU ? "qm" : "pct";
    var finding = out.on(guest.resource(), guest.label() + " is HA-managed (" + ha.get().sid() + ", " + ha.get().state() + ") but "
            + String.join(", ", local.stream().map(Disk::key).toList()) + " live only on this node's storage " + storages
            + (jobs.isEmpty() ? " and no replication job copies them" : " and are not covered by its replication"))
        .evidence("HA resource " + ha.get().sid() + " state " + ha.get().state(), Cluster.ref(ha.get()));
    for (Disk d : local) {
      Storage s = d.backing().storage().get();
      finding.evidence(d.key() + ": " + d.raw() + " (storage " + s.id() + ", " + s.type() + ", not shared"
          + (!jobs.isEmpty() && s.isZfsPool() ? ", replicate=0" : "") + ")", d.source());
    }
    jobs.forEach(j -> finding.evidence("replication job " + j.id() + " to " + j.target(), Cluster.ref(j)));
    if (jobs.isEmpty()) {
      finding.evidence("no replication job for guest " + guest.vmid() + " in replication.cfg");
    }
    List<String> others = inv.cluster().nodes().stream().filter(n -> !n.equals(inv.node())).toList();
    String target = others.isEmpty() ? "<node>" : others.get(0);
    boolean allZfs = local.stream().allMatch(d -> d.backing().storage().get().isZfsPool());
    List<String> steps = new ArrayList<>();
    if (allZfs && jobs.isEmpty()) {
      steps.add("pvesr create-local-job " + guest.vmid() + "-0 " + target + " --schedule '*/15'   # the same storage must exist on " + target + "; failover loses up to one interval of writes");
    } else if (allZfs) {
      local.forEach(d -> steps.add(cmd + " set " + guest.vmid() + " --" + d.key() + " " + d.raw().replaceAll(",replicate=(0|off|no|false)", "") + "   # include the disk in replication"));
    } else {
      steps.add("move the disks to shared storage: " + cmd + (guest.kind() == GuestKind.QEMU ? " disk move " : " move-volume ") + guest.vmid() + " <disk> <shared-storage>");
    }
    steps.add("or, if the guest cannot run elsewhere, take it out of HA: ha-manager remove " + ha.get().sid());
    finding.impact("If " + inv.node() + " fails, HA fences it and tries to start the guest on another node, where these disks do not exist: the guest stays down, and the HA stack reports an error instead of a recovery")
        .fix(allZfs ? "Replicate the local ZFS disks to another node, or move them to shared storage" : "Move the disks to shared storage", Disruption.MANUAL, new Change.Manual(steps))
        .add();
  }

  private static boolean isOff(String v) {
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "0", "off", "no", "false" -> true;
      default -> false;
    };
  }
}
