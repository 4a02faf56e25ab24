package dev.pvetune.rules.disk;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Guest;
import dev.pvetune.model.GuestSnapshot;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** DISK-019: a snapshot that saved the guest's RAM: a volume the size of the memory, kept with it. */
public final class RamSnapshot implements Rule.ForGuest {
  private static final RuleInfo INFO = new RuleInfo("DISK-019", "ram-snapshot", Severity.LOW,
      "Snapshot with saved RAM state", Set.of(Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Inventory inv, Findings out) {
    for (GuestSnapshot snap : guest.snapshots()) {
      if (snap.vmstate().isEmpty()) {
        continue;
      }
      String volume = snap.vmstate().get();
      Optional<Dataset> state = Disks.zfsVolume(inv, volume);
      var finding = out.on(guest.resource() + "/snapshot/" + snap.name(), guest.label() + " snapshot " + snap.name() + " includes the RAM state ("
              + volume + ")")
          .evidence("[" + snap.name() + "] vmstate: " + volume, snap.ref());
      String size;
      if (state.isPresent()) {
        Dataset ds = state.get();
        long used = ds.bytes("used").orElse(0);
        long volsize = ds.bytes("volsize").orElse(0);
        finding.evidence(ds.name() + " volsize " + Bytes.format(volsize) + ", used " + Bytes.format(used), ds.ref());
        size = "The state volume " + ds.name() + " takes " + Bytes.format(used) + " of pool " + ds.pool() + " (volsize " + Bytes.format(volsize) + ")";
      } else {
        size = "The state volume holds up to the guest's " + Bytes.format(guest.memoryMiB() * Bytes.MiB) + " of RAM plus device state";
      }
      finding.impact(size + " for as long as the snapshot exists; taking such a snapshot writes all of the RAM and freezes the guest meanwhile, and rolling back to it restores a running guest whose clock and network sessions are stale")
          .fix("Prefer disk-only snapshots (no 'Include RAM'); drop this one when it is no longer needed", Disruption.MANUAL, new Change.Manual(List.of(
              "qm delsnapshot " + guest.vmid() + " " + snap.name() + "   # when the snapshot is no longer needed; removes the disk snapshots and the state volume",
              "take future snapshots without --vmstate (in the GUI: untick 'Include RAM'); with the guest agent, disk-only snapshots are filesystem-consistent")))
          .add();
    }
  }
}
