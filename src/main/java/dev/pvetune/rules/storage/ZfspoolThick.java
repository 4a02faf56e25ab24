package dev.pvetune.rules.storage;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Storage;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** STOR-001: a zfspool storage that creates thick (fully reserved) zvols. */
public final class ZfspoolThick implements Rule.ForStorage {
  private static final RuleInfo INFO = new RuleInfo("STOR-001", "zfspool-thick", Severity.MEDIUM,
      "zfspool storage creates thick zvols", Set.of(Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Storage storage, Inventory inv, Findings out) {
    if (!storage.isZfsPool() || storage.sparse()) {
      return;
    }
    String root = storage.zfsDataset().orElse("");
    List<Dataset> thick = inv.children(root).stream()
        .filter(Dataset::isVolume)
        .filter(z -> z.bytes("refreservation").orElse(0) > 0)
        .toList();
    long reservedUnused = thick.stream().mapToLong(z -> z.bytes("usedbyrefreservation").orElse(0)).sum();
    var finding = out.on(storage.resource(), "storage " + storage.id() + " (zfspool " + root + ") has no 'sparse 1': new zvols are created thick")
        .evidence("zfspool: " + storage.id() + " without sparse", storage.source())
        .impact(thick.isEmpty()
            ? "Every new disk reserves its full size (plus parity overhead on raidz) up front"
            : thick.size() + " thick zvol(s) hold " + Bytes.format(reservedUnused) + " reserved but unused: space no other dataset can use")
        .fix("pvesm set " + storage.id() + " --sparse 1 (applies to disks created from now on)", Disruption.ONLINE,
            new Change.StorageOption(storage.id(), "sparse", storage.option("sparse").map(s -> s.value()), "1"));
    for (Dataset z : thick) {
      finding.evidence(z.name() + " refreservation " + Bytes.format(z.bytes("refreservation").orElse(0))
          + ", of which unused " + Bytes.format(z.bytes("usedbyrefreservation").orElse(0)), z.property("refreservation").get().ref());
      finding.fix("Release the reservation of " + z.name(), Disruption.ONLINE,
          new Change.ZfsProperty(z.name(), "refreservation", z.value("refreservation"), z.property("refreservation").get().sourceText(), Optional.of("none")));
    }
    finding.add();
  }
}
