package dev.pvetune.rules.disk;

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

/** DISK-006: aio=native needs O_DIRECT, which only cache=none and directsync give. */
public final class AioNativeBuffered implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-006", "aio-native-buffered", Severity.HIGH,
      "aio=native with a buffered cache mode", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk)) {
      return;
    }
    QemuDefaults.Effective aio = QemuDefaults.aio(disk, inv.host().versions());
    QemuDefaults.Effective cache = QemuDefaults.cache(disk);
    if (!aio.value().equals("native") || QemuDefaults.isDirect(cache.value())) {
      return;
    }
    out.on(guest.resource(disk), guest.label() + " " + disk.key() + " combines aio=" + aio.describe() + " with cache=" + cache.describe())
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .impact("Linux native AIO only works on files opened with O_DIRECT; cache=" + cache.value()
            + " goes through the host page cache, so QEMU refuses to start the VM (\"aio=native was specified, but it requires cache.direct=on\") or, on older QEMU, silently does blocking I/O")
        .fix("Drop cache=" + cache.value() + " so the disk uses the default cache=none (O_DIRECT)", Disruption.RESTART,
            Disks.setOptions(guest, disk, Map.of("cache", Optional.empty())))
        .add();
  }
}
