package dev.pvetune.rules.disk;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Bytes;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.GuestSnapshot;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.SourceRef;
import dev.pvetune.model.ZfsSnapshot;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DISK-020: a guest with more snapshots than the threshold, or one older than the age threshold.
 * Counts the snapshot sections of its config and the ZFS snapshots of its zvols and subvols (by
 * name, so a Proxmox snapshot of three disks counts once), leaving out replication snapshots and a
 * template's {@code __base__}. Ages are measured at collection time.
 */
public final class SnapshotsPilingUp implements Rule.ForGuest {
  private static final RuleInfo INFO = new RuleInfo("DISK-020", "snapshots-piling-up", Severity.LOW,
      "Snapshots piling up", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS, Input.ZFS_SNAPSHOTS));

  /** One snapshot name of the guest, with its oldest known creation time and where it was seen. */
  private record Snap(String name, Optional<Instant> time, SourceRef ref, String where) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Inventory inv, Findings out) {
    Map<String, Snap> byName = new LinkedHashMap<>();
    for (GuestSnapshot s : guest.snapshots()) {
      byName.put(s.name(), new Snap(s.name(), s.time(), s.ref(), "config"));
    }
    Set<Dataset> volumes = new LinkedHashSet<>();
    for (Disk d : guest.disks()) {
      if (d.backing() instanceof Backing.Zvol z) {
        volumes.add(z.zvol());
      } else if (d.backing() instanceof Backing.Subvol s) {
        volumes.add(s.dataset());
      }
    }
    for (Dataset v : volumes) {
      for (ZfsSnapshot z : inv.snapshotsOf(v.name())) {
        if (isProxmoxInternal(z.snapshot())) {
          continue;
        }
        Snap known = byName.get(z.snapshot());
        if (known == null) {
          byName.put(z.snapshot(), new Snap(z.snapshot(), z.creation(), z.ref(), v.name()));
        } else if (known.time().isEmpty() && z.creation().isPresent()) {
          byName.put(z.snapshot(), new Snap(known.name(), z.creation(), known.ref(), known.where()));
        }
      }
    }
    if (byName.isEmpty()) {
      return;
    }
    int maxCount = out.thresholds().snapshotMaxCount();
    int maxAgeDays = out.thresholds().snapshotMaxAgeDays();
    Instant at = inv.collectedAt();
    List<Snap> snaps = new ArrayList<>(byName.values());
    Optional<Snap> oldest = snaps.stream().filter(s -> s.time().isPresent()).min(Comparator.comparing(s -> s.time().get()));
    long oldestDays = oldest.map(s -> Duration.between(s.time().get(), at).toDays()).orElse(0L);
    boolean tooMany = snaps.size() > maxCount;
    boolean tooOld = oldestDays > maxAgeDays;
    if (!tooMany && !tooOld) {
      return;
    }
    long held = volumes.stream().mapToLong(v -> v.bytes("usedbysnapshots").orElse(0)).sum();
    List<String> why = new ArrayList<>();
    if (tooMany) {
      why.add(snaps.size() + " snapshots (more than " + maxCount + ")");
    }
    if (tooOld) {
      why.add("the oldest, " + oldest.get().name() + ", is " + oldestDays + " days old (more than " + maxAgeDays + ")");
    }
    var finding = out.on(guest.resource(), guest.label() + " has " + String.join("; ", why)
        + (held > 0 ? ", holding " + Bytes.format(held) : ""));
    snaps.stream().sorted(Comparator.comparing((Snap s) -> s.time().orElse(Instant.MAX))).limit(5)
        .forEach(s -> finding.evidence(s.name() + " (" + s.where() + ")" + s.time().map(t -> ", " + Duration.between(t, at).toDays() + " days old").orElse(""), s.ref()));
    if (snaps.size() > 5) {
      finding.evidence("… and " + (snaps.size() - 5) + " more");
    }
    for (Dataset v : volumes) {
      v.property("usedbysnapshots").filter(p -> v.bytes("usedbysnapshots").orElse(0) > 0)
          .ifPresent(p -> finding.evidence(v.name() + " usedbysnapshots " + Bytes.format(v.bytes("usedbysnapshots").orElse(0)), p.ref()));
    }
    finding.impact((held > 0
            ? Bytes.format(held) + " of pool space is held only by these snapshots (usedbysnapshots): blocks the guest has overwritten or freed cannot be reused"
            : "Every snapshot pins the blocks the guest overwrites or frees from then on")
        + "; a long snapshot chain also slows down freeing space and, for Proxmox snapshots, rollbacks and migrations");
    finding.fix("Delete the snapshots you no longer need and give any snapshot tool a retention limit", Disruption.MANUAL, new Change.Manual(cleanup(guest, snaps, volumes, inv, maxAgeDays)))
        .add();
  }

  /** Proxmox's own snapshots that are not the user's: replication state and a template's base. */
  static boolean isProxmoxInternal(String snapshot) {
    return snapshot.equals("__base__") || (snapshot.startsWith("__replicate_") && snapshot.endsWith("__"));
  }

  private static List<String> cleanup(Guest guest, List<Snap> snaps, Set<Dataset> volumes, Inventory inv, int maxAgeDays) {
    Instant at = inv.collectedAt();
    List<String> steps = new ArrayList<>();
    String cmd = guest.kind() == dev.pvetune.parse.pve.GuestKind.QEMU ? "qm" : "pct";
    for (Snap s : snaps) {
      boolean old = s.time().map(t -> Duration.between(t, at).toDays() > maxAgeDays).orElse(false);
      if (!old) {
        continue;
      }
      if (s.where().equals("config")) {
        steps.add(cmd + " delsnapshot " + guest.vmid() + " " + s.name());
      } else {
        for (Dataset v : volumes) {
          if (inv.snapshotsOf(v.name()).stream().anyMatch(z -> z.snapshot().equals(s.name()))) {
            steps.add("zfs destroy " + v.name() + "@" + s.name());
          }
        }
      }
      if (steps.size() >= 10) {
        steps.add("… and the other snapshots older than " + maxAgeDays + " days");
        break;
      }
    }
    if (steps.isEmpty()) {
      steps.add(cmd + " listsnapshot " + guest.vmid() + "   # pick the snapshots to delete, then " + cmd + " delsnapshot " + guest.vmid() + " <name>");
    }
    if (snaps.stream().anyMatch(s -> !s.where().equals("config"))) {
      steps.add("the ZFS-only snapshots come from a tool outside Proxmox (sanoid, zfs-auto-snapshot, cron): lower its retention so they do not pile up again");
    }
    return steps;
  }
}
