package dev.pvetune.rules.disk;

import dev.pvetune.model.Backing;
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

/** DISK-012: the guest's TRIM never reaches thin storage, so freed space is never returned. */
public final class DiscardMissing implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-012", "discard-missing", Severity.MEDIUM,
      "Guest TRIM does not reach the storage", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk) || disk.option("discard").orElse("ignore").equals("on")) {
      return;
    }
    Backing b = disk.backing();
    if (b instanceof Backing.Unknown u) {
      out.unknown(guest.resource(disk), u.reason());
      return;
    }
    String thinness;
    Severity severity = Severity.MEDIUM;
    if (b instanceof Backing.Zvol z) {
      if (z.sparse()) {
        thinness = "sparse zvol " + z.zvol().name();
      } else {
        thinness = "thick zvol " + z.zvol().name() + " (space stays reserved, but snapshots and compression still benefit)";
        severity = Severity.LOW;
      }
    } else if (b instanceof Backing.ImageFile f) {
      thinness = f.format() + " image " + f.path();
    } else if (b instanceof Backing.BlockVolume v && v.thin()) {
      thinness = v.storageDef().type() + " volume " + v.volume();
    } else {
      return;
    }
    out.on(guest.resource(disk), guest.label() + " " + disk.key() + " has no discard=on on " + thinness)
        .severity(severity)
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .impact("Blocks the guest frees are never released: the volume only grows, snapshots keep dead data, and thin pools fill up")
        .fix("Set discard=on (and run fstrim or enable the guest's periodic TRIM)", Disruption.RESTART,
            Disks.setOptions(guest, disk, Map.of("discard", Optional.of("on"))))
        .add();
  }
}
