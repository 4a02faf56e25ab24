package dev.pvetune.rules.disk;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Bytes;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Role;
import dev.pvetune.model.Storage;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import dev.pvetune.zfs.TopLevelVdev;
import dev.pvetune.zfs.WriteAmplification;
import dev.pvetune.zfs.WriteCost;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DISK-016: a zvol whose volblocksize does not suit what the guest does with it. Databases want
 * their page size (PostgreSQL 8K, InnoDB 16K), media and AI data disks 64K to 128K, Windows data
 * disks at least 16K. The boot disk is reported at info only: it mostly holds the OS.
 */
public final class VolblocksizeForRole implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-016", "volblocksize-for-role", Severity.LOW,
      "zvol volblocksize does not suit the guest role", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS));

  private static final long K8 = 8 * Bytes.KiB;
  private static final long K16 = 16 * Bytes.KiB;
  private static final long K64 = 64 * Bytes.KiB;
  private static final long K128 = 128 * Bytes.KiB;
  private static final Pattern POSTGRES = Pattern.compile("\\b(postgres|postgresql|pgsql|timescale(db)?)\\b");
  private static final Pattern INNODB = Pattern.compile("\\b(mysql|mariadb|innodb|percona|galera)\\b");

  /** The block sizes a role wants and the guest write size that decides the cost. */
  record Want(String what, String data, long min, long max, long target, long guestWrite) {
    boolean fits(long volblocksize) {
      return volblocksize >= min && volblocksize <= max;
    }

    String range() {
      if (min == max) {
        return Bytes.blockSize(min);
      }
      return max == Long.MAX_VALUE ? Bytes.blockSize(min) + " or more" : Bytes.blockSize(min) + "–" + Bytes.blockSize(max);
    }
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk)) {
      return;
    }
    Optional<Want> want = want(guest);
    if (want.isEmpty()) {
      return;
    }
    if (disk.backing() instanceof Backing.Unknown u) {
      out.unknown(guest.resource(disk), u.reason());
      return;
    }
    if (!(disk.backing() instanceof Backing.Zvol z)) {
      return;
    }
    Dataset zvol = z.zvol();
    OptionalLong vbs = zvol.bytes("volblocksize");
    if (vbs.isEmpty()) {
      out.unknown(guest.resource(disk), "zfs get shows no volblocksize for " + zvol.name());
      return;
    }
    long current = vbs.getAsLong();
    Want w = want.get();
    if (w.fits(current)) {
      return;
    }
    boolean osDisk = guest.bootDisk().map(d -> d.key().equals(disk.key())).orElse(false);
    Optional<TopLevelVdev> vdev = inv.pool(zvol.pool()).flatMap(Disks::dataVdevModel);
    var finding = out.on(guest.resource(disk), guest.label() + " " + disk.key() + (osDisk ? " (boot disk)" : "") + " has volblocksize "
            + Bytes.blockSize(current) + " on " + zvol.name() + "; " + w.what() + " wants " + w.range())
        .severity(osDisk ? Severity.INFO : Severity.LOW)
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .evidence(zvol.name() + " volblocksize " + Bytes.blockSize(current), zvol.property("volblocksize").get().ref())
        .evidence("role: " + roles(guest), guest.setting("tags").map(s -> s.source()).orElse(guest.config()));
    finding.impact(impact(w, current, zvol, vdev) + (osDisk ? ". This is the boot disk, which mostly holds the OS: worth recreating only if it also holds " + w.data() : ""));
    finding.fix("Recreate the disk with volblocksize " + Bytes.blockSize(w.target()) + " (volblocksize is fixed at creation)"
            + (guest.has(Role.WINDOWS) && !guest.has(Role.DB) ? " and format the NTFS volume with " + Bytes.blockSize(Math.max(w.target(), K16)) + " or larger clusters" : ""),
            Disruption.RECREATE, new Change.Manual(recipe(guest, disk, z.storageDef(), zvol, w.target())))
        .add();
  }

  /** What the guest's role asks of its zvols; empty for roles with no block-size preference. */
  static Optional<Want> want(Guest guest) {
    if (guest.has(Role.DB)) {
      String text = (guest.value("tags") + " " + guest.description().orElse("") + " " + guest.name()).toLowerCase(Locale.ROOT);
      boolean pg = POSTGRES.matcher(text).find();
      boolean innodb = INNODB.matcher(text).find();
      if (pg && !innodb) {
        return Optional.of(new Want("PostgreSQL (8K pages)", "the database", K8, K8, K8, K8));
      }
      if (innodb && !pg) {
        return Optional.of(new Want("InnoDB (16K pages)", "the database", K16, K16, K16, K16));
      }
      return Optional.of(new Want("a database (PostgreSQL 8K or InnoDB 16K pages)", "the database", K8, K16, K8, K8));
    }
    if (guest.has(Role.AI) || guest.has(Role.MEDIA)) {
      String role = guest.has(Role.AI) ? "large sequential AI data" : "large sequential media data";
      return Optional.of(new Want(role, guest.has(Role.AI) ? "the models and data sets" : "the media files", K64, K128, K64, K64));
    }
    if (guest.has(Role.WINDOWS) || guest.has(Role.WINDOWS_INFRA)) {
      return Optional.of(new Want("Windows data (NTFS, 16K or larger clusters)", "write-heavy data", K16, Long.MAX_VALUE, K16, K16));
    }
    return Optional.empty();
  }

  private static String roles(Guest guest) {
    List<String> labels = guest.roles().stream().map(Role::label).sorted().toList();
    return String.join(", ", labels) + (guest.value("tags").isEmpty() ? "" : " (tags " + guest.value("tags") + ")")
        + (guest.ostype().isEmpty() ? "" : ", ostype " + guest.ostype());
  }

  private static String impact(Want w, long current, Dataset zvol, Optional<TopLevelVdev> vdev) {
    if (vdev.isEmpty()) {
      return current > w.guestWrite()
          ? String.format(Locale.ROOT, "each %s write rewrites a whole %s block: %.1fx the data, read back first unless cached",
              Bytes.blockSize(w.guestWrite()), Bytes.blockSize(current), (double) current / w.guestWrite())
          : "each block is smaller than the " + Bytes.blockSize(w.guestWrite()) + " unit the workload writes, so every write is split into "
              + w.guestWrite() / current + " blocks, each with its own block pointer and checksum";
    }
    TopLevelVdev v = vdev.get();
    List<String> parts = new ArrayList<>();
    if (current > w.guestWrite()) {
      WriteCost now = WriteAmplification.of(w.guestWrite(), current, v);
      WriteCost then = WriteAmplification.of(w.guestWrite(), w.target(), v);
      parts.add(String.format(Locale.ROOT, "each %s write rewrites a whole %s block (read-modify-write: %s read, %s written on the disks, %.1fx the data; at %s: %.1fx)",
          Bytes.blockSize(w.guestWrite()), Bytes.blockSize(current), Bytes.format(now.readBytes()), Bytes.format(now.rawWriteBytes()),
          now.deviceAmplification(), Bytes.blockSize(w.target()), then.deviceAmplification()));
    }
    double cfNow = v.chargeFactor(current);
    double cfThen = v.chargeFactor(w.target());
    long logical = zvol.bytes("logicalreferenced").orElse(0);
    if (cfNow > cfThen * 1.01) {
      String cost = String.format(Locale.ROOT, "%s blocks cost %.2fx their size in pool space on this layout, %s blocks %.2fx",
          Bytes.blockSize(current), cfNow, Bytes.blockSize(w.target()), cfThen);
      if (logical > 0) {
        long saved = (long) (logical * (cfNow - cfThen));
        cost += " — about " + Bytes.format(saved) + " of the " + Bytes.format(zvol.bytes("referenced").orElse(0)) + " this zvol references";
      }
      parts.add(cost);
    } else if (current < w.target() && logical > 0) {
      parts.add(String.format(Locale.ROOT, "the %s written are %,d blocks of %s against %,d of %s: %dx the block pointers, checksums and I/Os for sequential reads, and compression works on smaller pieces",
          Bytes.format(logical), logical / current, Bytes.blockSize(current), logical / w.target(), Bytes.blockSize(w.target()), w.target() / current));
    } else if (current < w.target()) {
      parts.add(String.format(Locale.ROOT, "%dx the blocks of %s: more block pointers, checksums and I/Os for sequential reads, and compression works on smaller pieces",
          w.target() / current, Bytes.blockSize(w.target())));
    }
    if (parts.isEmpty()) {
      return "the block size is outside what " + w.what() + " writes";
    }
    String text = String.join("; ", parts);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static List<String> recipe(Guest guest, Disk disk, Storage storage, Dataset zvol, long target) {
    String size = Bytes.blockSize(target).toLowerCase(Locale.ROOT);
    String root = storage.zfsDataset().orElse(zvol.name().substring(0, zvol.name().lastIndexOf('/')));
    String newDataset = root + "-" + size;
    String newStorage = storage.id() + "-" + size;
    String volname = disk.volume().substring(disk.volume().indexOf(':') + 1);
    return List.of(
        "zfs create " + newDataset,
        "pvesm add zfspool " + newStorage + " --pool " + newDataset + " --blocksize " + size + " --sparse 1 --content images"
            + storage.nodes().map(n -> " --nodes " + String.join(",", n.stream().sorted().toList())).orElse(""),
        "qm disk move " + guest.vmid() + " " + disk.key() + " " + newStorage + "   # copies into a new zvol with volblocksize " + Bytes.blockSize(target)
            + "; works while the VM runs and needs free space for a full copy; the old volume stays as unusedN",
        "check the guest and its data on the new disk",
        "qm disk unlink " + guest.vmid() + " --idlist unusedN --force 1   # N as the config now lists " + storage.id() + ":" + volname + "; destroys the old zvol " + zvol.name());
  }
}
