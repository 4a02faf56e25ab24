package dev.pvetune.rules.pool;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.SourceRef;
import dev.pvetune.model.Vdev;
import dev.pvetune.parse.zfs.DataErrors;
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

/** POOL-002: read, write or checksum errors on a device, or permanent data errors in the pool. */
public final class DeviceErrors implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-002", "device-errors", Severity.HIGH,
      "Device I/O or checksum errors", Set.of(Input.POOL_STATUS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    List<Vdev> erring = pool.vdevs().stream().flatMap(Vdev::selfAndDescendants).filter(v -> v.errorCount() > 0).toList();
    List<Vdev> leaves = erring.stream().filter(v -> v.children().isEmpty()).toList();
    Optional<DataErrors> dataErrors = pool.dataErrors().filter(DataErrors::any);
    if (erring.isEmpty() && dataErrors.isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    for (Vdev v : leaves.isEmpty() ? erring : leaves) {
      parts.add(v.shortName() + " " + counters(v));
    }
    dataErrors.ifPresent(e -> parts.add(e.count().map(c -> c + " permanent data error(s)")
        .orElse(e.files().size() + " file(s) with permanent errors")));
    var finding = out.on("pool/" + pool.name(), "pool " + pool.name() + " reports errors: " + String.join("; ", parts))
        .severity(dataErrors.isPresent() ? Severity.CRITICAL : Severity.HIGH);
    erring.forEach(v -> finding.evidence(v.name() + " " + v.state() + " " + counters(v) + (v.note().isEmpty() ? "" : "  " + v.note()), v.ref()));
    dataErrors.ifPresent(e -> {
      SourceRef ref = new SourceRef(pool.statusRef().file(), e.line() > 0 ? e.line() : pool.statusRef().line());
      finding.evidence("errors: " + e.text(), ref);
      e.files().stream().limit(10).forEach(f -> finding.evidence("damaged: " + f, ref));
    });
    long checksum = erring.stream().filter(v -> v.children().isEmpty()).mapToLong(Vdev::checksumErrors).sum();
    long io = erring.stream().filter(v -> v.children().isEmpty()).mapToLong(v -> v.readErrors() + v.writeErrors()).sum();
    finding.impact(dataErrors.isPresent()
        ? "ZFS found blocks it could not repair from redundancy: the listed files, zvols or snapshots have lost data and must be restored from a backup"
        : "The device" + (leaves.size() == 1 ? "" : "s") + " returned " + io + " I/O error(s) and " + checksum
            + " block(s) with wrong checksums since the counters were last cleared; ZFS repaired what redundancy allowed, "
            + "but a device that keeps erring is failing or badly connected and leaves the vdev one failure closer to data loss");
    List<String> steps = new ArrayList<>();
    steps.add("zpool status -v " + pool.name() + "   # which devices and, with -v, which files");
    leaves.stream().limit(4).forEach(l -> steps.add("smartctl -a " + l.name().replaceFirst("-part\\d+$", "") + "   # media errors, reallocated sectors, CRC errors (cabling)"));
    if (dataErrors.isPresent()) {
      steps.add("restore the damaged files or disks from a backup, delete affected snapshots, then scrub twice to clear the list");
    }
    steps.add("replace the disk if SMART shows media errors: zpool replace " + pool.name() + " <old> /dev/disk/by-id/<new>");
    steps.add("zpool clear " + pool.name() + " && zpool scrub " + pool.name() + "   # after fixing the cause; errors that return mean it is not fixed");
    finding.fix("Find out why the device errs (SMART, cables), replace it if it is failing, then clear and scrub", Disruption.HARDWARE, new Change.Manual(steps))
        .add();
  }

  private static String counters(Vdev v) {
    return "read " + v.readErrors() + " write " + v.writeErrors() + " cksum " + v.checksumErrors();
  }
}
