package dev.pvetune.rules.dataset;

import dev.pvetune.model.Dataset;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.ZfsProperty;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** DSET-003: guest data stored uncompressed, or with a deprecated or slow algorithm on zvols. */
public final class CompressionOff implements Rule.ForDataset {
  private static final RuleInfo INFO = new RuleInfo("DSET-003", "compression-off", Severity.MEDIUM,
      "Guest data without lz4/zstd compression", Set.of(Input.ZFS_DATASETS, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dataset dataset, List<Inventory.GuestDisk> users, Inventory inv, Findings out) {
    Optional<ZfsProperty> compression = dataset.property("compression");
    if (compression.isEmpty()) {
      return;
    }
    String value = compression.get().value();
    Severity severity;
    String why;
    if (value.equals("off")) {
      severity = Severity.MEDIUM;
      why = "Every block is stored at full size: lz4 typically saves 20-50% on VM disks for almost no CPU, and fewer bytes also means less I/O";
    } else if (value.equals("lzjb")) {
      severity = Severity.LOW;
      why = "lzjb is deprecated: lz4 compresses better and faster";
    } else if (value.startsWith("gzip") && dataset.isVolume()) {
      severity = Severity.LOW;
      why = "gzip costs much more CPU per write than lz4 or zstd on a random-write zvol, for a small gain";
    } else {
      return;
    }
    String owner = GuestData.owner(dataset, compression.get());
    Dataset ownerDs = inv.dataset(owner).orElse(dataset);
    ZfsProperty ownerProp = ownerDs.property("compression").orElse(compression.get());
    String ratio = dataset.value("compressratio");
    out.on("dataset/" + dataset.name(), GuestData.kind(dataset) + " " + dataset.name() + " has compression=" + value + " (" + compression.get().source() + ") and holds " + GuestData.users(users))
        .severity(severity)
        .evidence("compression " + value + " " + compression.get().sourceText(), compression.get().ref())
        .evidence("compressratio " + (ratio.isEmpty() ? "unknown" : ratio + "x"), dataset.property("compressratio").map(ZfsProperty::ref).orElse(dataset.ref()))
        .impact(why)
        .fix("Set compression=lz4 on " + owner + " (applies to blocks written from now on)", Disruption.ONLINE,
            new Change.ZfsProperty(owner, "compression", ownerProp.value(), ownerProp.sourceText(), Optional.of("lz4")))
        .add();
  }
}
