package dev.pvetune.rules.dataset;

import dev.pvetune.model.Inventory;
import dev.pvetune.model.ZfsProperty;
import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Findings;
import java.util.List;
import java.util.Optional;

/**
 * The common part of a finding about a property of guest data grouped by the dataset that sets
 * it: the resource, the subject of the message, the evidence (the owner's value and each
 * inheriting dataset) and the zfs set change on the owner.
 */
final class OwnerFinding {
  private OwnerFinding() {}

  static ZfsProperty ownerProperty(Inventory inv, String owner, String property, List<GuestDataSettings.Affected> affected) {
    return inv.dataset(owner).flatMap(d -> d.property(property)).orElse(affected.get(0).property());
  }

  /** Starts the finding: "SUBJECT has PROPERTY=VALUE, holding GUESTS" plus the evidence lines. */
  static Findings.Builder start(Findings out, Inventory inv, String owner, String property, List<GuestDataSettings.Affected> affected) {
    ZfsProperty ownerProp = ownerProperty(inv, owner, property, affected);
    Findings.Builder finding = out.on("dataset/" + owner, GuestDataSettings.subject(owner, affected) + " has " + property + "="
            + affected.get(0).property().value() + ", holding " + GuestDataSettings.guests(affected))
        .evidence(property + " " + ownerProp.value() + " (" + ownerProp.sourceText() + ") on " + owner, ownerProp.ref());
    affected.stream().filter(a -> !a.dataset().name().equals(owner))
        .forEach(a -> finding.evidence(a.dataset().name() + ": " + property + " " + a.property().value() + " (" + a.property().sourceText() + ")",
            a.property().ref()));
    return finding;
  }

  static Change.ZfsProperty set(Inventory inv, String owner, String property, List<GuestDataSettings.Affected> affected, String newValue) {
    ZfsProperty ownerProp = ownerProperty(inv, owner, property, affected);
    return new Change.ZfsProperty(owner, property, ownerProp.value(), ownerProp.sourceText(), Optional.of(newValue));
  }

  /** True when one of the guest disks on the dataset belongs to a VM (not a container). */
  static boolean vmDisk(GuestDataSettings.Affected a) {
    return a.dataset().isVolume() && a.users().stream().anyMatch(u -> u.guest().kind() == GuestKind.QEMU);
  }
}
