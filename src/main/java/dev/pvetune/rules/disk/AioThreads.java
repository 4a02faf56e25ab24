package dev.pvetune.rules.disk;

import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.SoftwareVersion;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DISK-007: aio=threads where io_uring is available and the cache mode does not call for threads.
 * Only an explicit aio=threads counts: where qemu-server itself defaults to threads (thick LVM or
 * CIFS with a buffered cache, krbd) it does so on purpose, because io_uring misbehaves there.
 */
public final class AioThreads implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-007", "aio-threads", Severity.LOW,
      "aio=threads where io_uring is better", Set.of(Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk) || !disk.option("aio").orElse("").equals("threads")) {
      return;
    }
    QemuDefaults.Effective cache = QemuDefaults.cache(disk);
    if (cache.value().equals("writeback") || cache.value().equals("unsafe")) {
      return;
    }
    Optional<SoftwareVersion> qemuServer = inv.host().versions().qemuServer();
    if (qemuServer.isEmpty()) {
      out.unknown(guest.resource(disk), "pveversion does not name the qemu-server version, so pvetune cannot tell whether io_uring is available");
      return;
    }
    if (!qemuServer.get().atLeast(7, 0)) {
      return;
    }
    boolean ioUringIsDefault = QemuDefaults.aio(Disks.without(disk, "aio"), inv.host().versions()).value().equals("io_uring");
    out.on(guest.resource(disk), guest.label() + " " + disk.key() + " uses aio=threads with cache=" + cache.describe() + " on qemu-server " + qemuServer.get())
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .evidence("qemu-server " + qemuServer.get() + " (io_uring is the default since 7.0)", inv.host().versions().ref())
        .impact("The threads backend hands every request to a pool of worker threads (a context switch and a blocking syscall per I/O); io_uring submits asynchronously, with lower latency and CPU cost. threads only makes sense next to cache=writeback")
        .fix(ioUringIsDefault ? "Drop aio=threads (the default for this storage is io_uring)" : "Set aio=io_uring", Disruption.RESTART,
            Disks.setOptions(guest, disk, Map.of("aio", ioUringIsDefault ? Optional.empty() : Optional.of("io_uring"))))
        .add();
  }
}
