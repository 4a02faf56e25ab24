package dev.pvetune.model.build;

import dev.pvetune.bundle.BundleText;
import dev.pvetune.model.Bus;
import dev.pvetune.model.Disk;
import dev.pvetune.model.DiskKind;
import dev.pvetune.model.Guest;
import dev.pvetune.model.GuestSnapshot;
import dev.pvetune.model.Input;
import dev.pvetune.model.Role;
import dev.pvetune.model.Setting;
import dev.pvetune.model.SourceRef;
import dev.pvetune.parse.pve.ConfigEntry;
import dev.pvetune.parse.pve.Drive;
import dev.pvetune.parse.pve.DriveBus;
import dev.pvetune.parse.pve.DriveParser;
import dev.pvetune.parse.pve.GuestConfig;
import dev.pvetune.parse.pve.GuestConfigParser;
import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.parse.pve.GuestSection;
import dev.pvetune.parse.pve.PveText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The audited node's VMs and containers, with their disks resolved to where the bytes live. */
final class GuestsBuilder {
  private static final Set<String> DB_TAGS = Set.of("db", "database", "postgres", "postgresql", "mysql", "mariadb", "sql", "mssql");
  private static final Set<String> WINDOWS_INFRA_TAGS = Set.of("dc", "pki", "ca", "ad", "windows-infra");
  private static final Set<String> AI_TAGS = Set.of("ai", "gpu", "ml");
  private static final Set<String> MEDIA_TAGS = Set.of("media", "bulk");

  private final Inputs in;
  private final BackingResolver backing;

  GuestsBuilder(Inputs in, BackingResolver backing) {
    this.in = in;
    this.backing = backing;
  }

  List<Guest> build(String node) {
    List<Guest> guests = new ArrayList<>();
    for (GuestKind kind : GuestKind.values()) {
      String dir = "/etc/pve/nodes/" + node + "/" + (kind == GuestKind.QEMU ? "qemu-server" : "lxc") + "/";
      for (String path : in.bundle().filesUnder(dir)) {
        if (!path.endsWith(".conf") || path.indexOf('/', dir.length()) >= 0) {
          continue;
        }
        BundleText text = in.bundle().file(path).orElseThrow();
        in.parse(text.text(), text.path(), null, (t, f) -> GuestConfigParser.parse(kind, t, f))
            .ifPresent(config -> guests.add(guest(config, node)));
      }
    }
    guests.sort(java.util.Comparator.comparingInt(Guest::vmid));
    return guests;
  }

  private Guest guest(GuestConfig config, String node) {
    String file = config.file();
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (ConfigEntry e : config.main().entries().values()) {
      settings.put(e.key(), new Setting(e.value(), new SourceRef(file, e.line())));
    }
    List<Disk> disks = new ArrayList<>();
    for (Drive d : in.accept(DriveParser.drives(config))) {
      if (d.isUnused()) {
        continue;
      }
      String raw = config.main().value(d.key()).orElse(d.volume().raw());
      disks.add(new Disk(d.key(), bus(d.slot().bus()), kind(d), d.volume().raw(), d.options(), raw, backing.resolve(d), new SourceRef(file, d.line())));
    }
    List<GuestSnapshot> snapshots = new ArrayList<>();
    for (GuestSection s : config.snapshots()) {
      Optional<Instant> time = s.value("snaptime").filter(v -> v.matches("\\d{1,12}")).map(v -> Instant.ofEpochSecond(Long.parseLong(v)));
      snapshots.add(new GuestSnapshot(s.name(), time, s.value("vmstate"), new SourceRef(file, s.headerLine())));
    }
    return new Guest(config.kind(), config.vmid(), node, settings, disks, snapshots, roles(config), config.description(), SourceRef.of(file));
  }

  private static Bus bus(DriveBus bus) {
    return switch (bus) {
      case IDE -> Bus.IDE;
      case SATA -> Bus.SATA;
      case SCSI -> Bus.SCSI;
      case VIRTIO -> Bus.VIRTIO;
      case EFIDISK -> Bus.EFIDISK;
      case TPMSTATE -> Bus.TPMSTATE;
      case ROOTFS -> Bus.ROOTFS;
      default -> Bus.MOUNTPOINT;
    };
  }

  private static DiskKind kind(Drive d) {
    if (d.isCloudInit()) {
      return DiskKind.CLOUDINIT;
    }
    if (d.isCdrom()) {
      return DiskKind.CDROM;
    }
    if (d.isEfiDisk()) {
      return DiskKind.EFI;
    }
    if (d.isTpmState()) {
      return DiskKind.TPM;
    }
    if (d.slot().bus() == DriveBus.ROOTFS) {
      return DiskKind.CT_ROOT;
    }
    if (d.guestKind() == GuestKind.LXC) {
      return DiskKind.CT_MOUNT;
    }
    return DiskKind.DATA;
  }

  /** Roles from Proxmox tags and ostype (the settings file can add more). */
  static Set<Role> roles(GuestConfig config) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    List<String> tags = config.main().value("tags").map(PveText::splitList).orElse(List.of());
    for (String tag : tags) {
      String t = tag.toLowerCase(Locale.ROOT);
      if (DB_TAGS.contains(t)) roles.add(Role.DB);
      if (WINDOWS_INFRA_TAGS.contains(t)) roles.add(Role.WINDOWS_INFRA);
      if (AI_TAGS.contains(t)) roles.add(Role.AI);
      if (MEDIA_TAGS.contains(t)) roles.add(Role.MEDIA);
      if (t.equals("disposable")) roles.add(Role.DISPOSABLE);
      if (t.equals("template")) roles.add(Role.TEMPLATE);
    }
    if (config.main().flag("template").orElse(false)) {
      roles.add(Role.TEMPLATE);
    }
    String ostype = config.main().value("ostype").orElse("").toLowerCase(Locale.ROOT);
    if (config.kind() == GuestKind.QEMU && ostype.startsWith("w")) {
      roles.add(Role.WINDOWS);
    }
    return roles;
  }

  static boolean anyGuestFiles(Inputs in) {
    return !in.bundle().filesUnder("/etc/pve/").isEmpty();
  }

  static void requireGuestConfigs(Inputs in) {
    if (!anyGuestFiles(in)) {
      in.missing(Input.GUEST_CONFIGS, "the bundle has no files from /etc/pve");
    }
  }
}
