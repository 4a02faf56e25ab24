package dev.pvetune.rules.dataset;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DSET-005: directory-based extended attributes on a container's filesystem: every ACL or
 * label lookup reads a hidden directory instead of the inode.
 */
public final class XattrDir implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("DSET-005", "xattr-dir", Severity.LOW,
      "Directory-based xattrs on container datasets", Set.of(Input.ZFS_DATASETS, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Map<String, List<GuestDataSettings.Affected>> byOwner = GuestDataSettings.byOwner(inv, "xattr",
        a -> (a.property().value().equals("on") || a.property().value().equals("dir"))
            && a.users().stream().anyMatch(u -> u.disk().backing() instanceof Backing.Subvol));
    byOwner.forEach((owner, affected) -> {
      var finding = OwnerFinding.start(out, inv, owner, "xattr", affected);
      affected.stream().map(a -> a.dataset().property("acltype")).flatMap(java.util.Optional::stream)
          .filter(p -> p.value().startsWith("posix")).findFirst()
          .ifPresent(p -> finding.evidence("acltype " + p.value() + " (" + p.sourceText() + "): POSIX ACLs are stored as extended attributes", p.ref()));
      finding.impact("xattr=" + affected.get(0).property().value() + " keeps each file's extended attributes (POSIX ACLs, security labels, "
              + "file capabilities) in a hidden directory: reading one costs extra lookups and block reads per file, where xattr=sa keeps "
              + "them in the file's own dnode")
          .fix("Set xattr=sa on " + owner + " (attributes written from now on go to the dnode; existing ones move when rewritten)",
              Disruption.ONLINE, OwnerFinding.set(inv, owner, "xattr", affected, "sa"))
          .add();
    });
  }
}
