package dev.pvetune.rules.dataset;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** DSET-003: guest data stored uncompressed, or with a deprecated or slow algorithm on zvols. */
public final class CompressionOff implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("DSET-003", "compression-off", Severity.MEDIUM,
      "Guest data without lz4/zstd compression", Set.of(Input.ZFS_DATASETS, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Map<String, List<GuestDataSettings.Affected>> byOwner = GuestDataSettings.byOwner(inv, "compression", a -> why(a) != null);
    byOwner.forEach((owner, affected) -> {
      String value = affected.get(0).property().value();
      Severity severity = value.equals("off") ? Severity.MEDIUM : Severity.LOW;
      ZfsProperty ownerProp = inv.dataset(owner).flatMap(d -> d.property("compression")).orElse(affected.get(0).property());
      var finding = out.on("dataset/" + owner, GuestDataSettings.subject(owner, affected) + " has compression=" + value + ", holding " + GuestDataSettings.guests(affected))
          .severity(severity)
          .evidence("compression " + ownerProp.value() + " (" + ownerProp.sourceText() + ") on " + owner, ownerProp.ref());
      for (GuestDataSettings.Affected a : affected) {
        a.dataset().property("compressratio").ifPresent(r -> finding.evidence(a.dataset().name() + " compressratio " + r.value() + "x", r.ref()));
      }
      finding.impact(why(affected.get(0)))
          .fix("Set compression=lz4 on " + owner + " (applies to blocks written from now on)", Disruption.ONLINE,
              new Change.ZfsProperty(owner, "compression", ownerProp.value(), ownerProp.sourceText(), Optional.of("lz4")))
          .add();
    });
  }

  private static String why(GuestDataSettings.Affected a) {
    String value = a.property().value();
    if (value.equals("off")) {
      return "Every block is stored at full size: lz4 typically saves 20-50% on VM disks for almost no CPU, and fewer bytes also means less I/O";
    }
    if (value.equals("lzjb")) {
      return "lzjb is deprecated: lz4 compresses better and faster";
    }
    if (value.startsWith("gzip") && a.dataset().isVolume()) {
      return "gzip costs much more CPU per write than lz4 or zstd on a random-write zvol, for a small gain";
    }
    return null;
  }
}
