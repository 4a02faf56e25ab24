package dev.pvetune.rules.disk;

import dev.pvetune.model.Bytes;
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

/** DISK-001: a host page cache mode on a disk whose bytes ZFS already caches in ARC. */
public final class CacheOverArc implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-001", "cache-over-arc", Severity.HIGH,
      "Host page cache stacked on ARC", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS));

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
    if (!cache.equals("writeback") && !cache.equals("writethrough")) {
      return;
    }
    if (!Disks.zfsBacked(guest, disk, out).orElse(false)) {
      return;
    }
    long size = disk.backing().zfsDataset().map(d -> d.bytes("volsize").orElse(0)).orElse(0L);
    out.on(guest.resource(disk), guest.label() + " " + disk.key() + " uses cache=" + cache + " on ZFS (" + Disks.where(disk) + "): host page cache on top of ARC")
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .evidence("backing: " + Disks.where(disk), disk.backing().zfsDataset().get().ref())
        .impact("Every block read is held twice in host RAM (page cache and ARC)"
            + (size > 0 ? ", up to " + Bytes.format(size) + " for this disk" : "")
            + "; the page cache competes with guests and ARC for memory and writes wait in an extra layer that ZFS already buffers safely")
        .fix("Drop cache=" + cache + " so the disk uses the default cache=none (O_DIRECT; ARC does the caching)", Disruption.RESTART,
            Disks.setOptions(guest, disk, Map.of("cache", Optional.empty())))
        .add();
  }
}
