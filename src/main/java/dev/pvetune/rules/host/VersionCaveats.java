package dev.pvetune.rules.host;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Bytes;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.SoftwareVersion;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import dev.pvetune.rules.disk.QemuDefaults;
import dev.pvetune.zfs.ArcDefaults;
import dev.pvetune.zfs.ZfsVersion;
import java.util.List;
import java.util.Set;

/**
 * HOST-001: storage behaviour that depends on the installed versions (s001's "what to re-verify"):
 * image files opened with O_DIRECT on OpenZFS before 2.3, and the ARC default that 2.3 raised.
 */
public final class VersionCaveats implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("HOST-001", "version-caveats", Severity.INFO,
      "Version-dependent storage caveats", Set.of(Input.ZFS_VERSION, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    SoftwareVersion zfs = inv.host().versions().openZfs().orElseThrow();
    if (zfs.numbers().size() < 2) {
      out.unknown(inv.nodeResource(), "the OpenZFS version '" + zfs.raw() + "' has no major.minor");
      return;
    }
    if (!zfs.atLeast(2, 3)) {
      for (Guest g : inv.guests()) {
        for (Disk d : g.disks()) {
          directFileBeforeDirectIo(inv, out, zfs, g, d);
        }
      }
    } else {
      arcDefaultRaised(inv, out, zfs);
    }
  }

  private static void directFileBeforeDirectIo(Inventory inv, Findings out, SoftwareVersion zfs, Guest g, Disk d) {
    if (!d.kind().carriesData() || !(d.backing() instanceof Backing.ImageFile file) || file.onDataset().isEmpty()) {
      return;
    }
    QemuDefaults.Effective cache = QemuDefaults.cache(d);
    if (!QemuDefaults.isDirect(cache.value())) {
      return;
    }
    String dataset = file.onDataset().get().name();
    out.on(g.resource(d), g.label() + " " + d.key() + " opens the " + file.format() + " file " + file.path() + " on dataset " + dataset
            + " with cache=" + cache.describe() + " (O_DIRECT) on OpenZFS " + zfs.raw() + ", which has no Direct I/O for files")
        .evidence(d.key() + ": " + d.raw(), d.source())
        .evidence("OpenZFS " + zfs.raw() + " (zfs version)")
        .impact("OpenZFS gained Direct I/O on files in 2.3; before it, an O_DIRECT open of a file on a dataset can fail (\"could not open disk "
            + "image\") and the guest does not start, which is why writeback crept into such configs (s001). On 2.3 and later the same line works")
        .fix("Move the disk to a zvol (zfspool storage): no O_DIRECT question, no file layer", Disruption.MANUAL, new Change.Manual(List.of(
            (g.kind() == dev.pvetune.parse.pve.GuestKind.QEMU ? "qm disk move " : "pct move-volume ") + g.vmid() + " " + d.key()
                + " <zfspool storage> --delete 1   # works while the VM runs",
            "or upgrade to OpenZFS 2.3 or later (Proxmox VE 9) before relying on cache=none for this file")))
        .add();
  }

  private static void arcDefaultRaised(Inventory inv, Findings out, SoftwareVersion zfs) {
    if (inv.host().modprobeZfsOptions().containsKey("zfs_arc_max") || inv.host().memory().isEmpty()) {
      return;
    }
    long ram = inv.host().memory().get().totalBytes();
    ZfsVersion v = ZfsVersion.of(zfs.numbers().get(0), zfs.numbers().get(1), zfs.numbers().size() > 2 ? zfs.numbers().get(2) : 0);
    long now = ArcDefaults.openZfsMax(ram, v);
    long before = ArcDefaults.openZfsMax(ram, ZfsVersion.of(2, 2, 0));
    out.on(inv.nodeResource() + "/arc", "OpenZFS " + zfs.raw() + " lets the ARC grow to " + Bytes.format(now) + " of " + Bytes.format(ram)
            + " RAM by default (" + Bytes.format(before) + " up to 2.2), and /etc/modprobe.d sets no zfs_arc_max")
        .evidence("OpenZFS " + zfs.raw() + " (zfs version)")
        .evidence("MemTotal " + Bytes.format(ram), inv.host().memory().get().ref())
        .evidence("no zfs_arc_max in any /etc/modprobe.d/*.conf (Proxmox installers since 8.1 write one; upgraded hosts often have none)")
        .impact("A host upgraded from OpenZFS 2.2 or older gives the ARC " + Bytes.format(now - before)
            + " more room than before without anyone changing a setting; the guests' memory sizing was done against the old default")
        .fix("Write an explicit limit to /etc/modprobe.d/zfs.conf (pvetune plan arc suggests one) and refresh the initramfs", Disruption.MANUAL,
            new Change.Manual(List.of(
                "echo 'options zfs zfs_arc_max=<bytes>' >> /etc/modprobe.d/zfs.conf",
                "update-initramfs -u -k all",
                "echo <bytes> > /sys/module/zfs/parameters/zfs_arc_max   # applies it now")))
        .add();
  }
}
