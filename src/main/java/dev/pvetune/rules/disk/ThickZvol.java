package dev.pvetune.rules.disk;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Bytes;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.GuestSnapshot;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.SourceRef;
import dev.pvetune.model.Storage;
import dev.pvetune.model.ZfsProperty;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.Optional;
import java.util.Set;

/**
 * DISK-017: a guest's zvol (a disk, or the RAM state of a snapshot) with a refreservation, which
 * holds pool space the guest has not written. EFI vars, TPM state and cloud-init volumes are a few
 * MiB and Proxmox manages them; they are left out.
 */
public final class ThickZvol implements Rule.ForGuest {
  private static final RuleInfo INFO = new RuleInfo("DISK-017", "thick-zvol", Severity.LOW,
      "Thick-provisioned zvol", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Inventory inv, Findings out) {
    for (Disk disk : guest.disks()) {
      if (!disk.kind().carriesData()) {
        continue;
      }
      if (disk.backing() instanceof Backing.Unknown u) {
        out.unknown(guest.resource(disk), u.reason());
        continue;
      }
      if (disk.backing() instanceof Backing.Zvol z) {
        report(out, guest.resource(disk), guest.label() + " " + disk.key(), z.zvol(), Optional.of(z.storageDef()),
            disk.key() + ": " + disk.raw(), disk.source());
      }
    }
    for (GuestSnapshot snap : guest.snapshots()) {
      if (snap.vmstate().isEmpty()) {
        continue;
      }
      String volume = snap.vmstate().get();
      Optional<Dataset> state = Disks.zfsVolume(inv, volume).filter(Dataset::isVolume);
      if (state.isPresent()) {
        Optional<Storage> storage = inv.storage(volume.substring(0, volume.indexOf(':')));
        report(out, guest.resource() + "/snapshot/" + snap.name() + "/vmstate", guest.label() + " RAM state of snapshot " + snap.name(),
            state.get(), storage, "vmstate: " + volume, snap.ref());
      }
    }
  }

  private static void report(Findings out, String resource, String what, Dataset zvol, Optional<Storage> storage, String line, SourceRef ref) {
    long refres = zvol.bytes("refreservation").orElse(0);
    if (refres <= 0) {
      return;
    }
    long unused = zvol.bytes("usedbyrefreservation").orElse(0);
    long volsize = zvol.bytes("volsize").orElse(0);
    boolean thinStorage = storage.map(Storage::sparse).orElse(false);
    ZfsProperty prop = zvol.property("refreservation").get();
    var finding = out.on(resource, what + " is a thick zvol: " + zvol.name() + " reserves " + Bytes.format(refres)
            + ", " + Bytes.format(unused) + " of it unused")
        .evidence(line, ref)
        .evidence(zvol.name() + " refreservation " + Bytes.format(refres) + " (" + prop.sourceText() + "), volsize " + Bytes.format(volsize), prop.ref());
    zvol.property("usedbyrefreservation").ifPresent(p -> finding.evidence(zvol.name() + " usedbyrefreservation " + Bytes.format(unused), p.ref()));
    storage.ifPresent(s -> finding.evidence("storage " + s.id() + (thinStorage ? " has sparse 1: this zvol was made thick by hand or before sparse was set" : " has no sparse 1"), s.source()));
    finding.impact(Bytes.format(unused) + " of pool " + zvol.pool() + " is held for blocks the guest has not written"
            + (zvol.bytes("usedbysnapshots").orElse(0) > 0 ? " (with a snapshot present the whole reservation counts again on top of the snapshot's data)" : "")
            + ": no other dataset can use it, and the pool looks fuller than it is")
        .fix("Release the reservation: zfs set refreservation=none " + zvol.name(), Disruption.ONLINE,
            new Change.ZfsProperty(zvol.name(), "refreservation", prop.value(), prop.sourceText(), Optional.of("none")))
        .add();
  }
}
