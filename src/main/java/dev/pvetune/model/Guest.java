package dev.pvetune.model;

import dev.pvetune.parse.pve.GuestKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A VM or container of a node: its config's main section, resolved disks and snapshots, and the
 * description (the decoded leading {@code #} lines).
 */
public record Guest(
    GuestKind kind,
    int vmid,
    String node,
    Map<String, Setting> settings,
    List<Disk> disks,
    List<GuestSnapshot> snapshots,
    Set<Role> roles,
    Optional<String> description,
    SourceRef config) {

  public Guest {
    settings = Map.copyOf(settings);
    disks = List.copyOf(disks);
    snapshots = List.copyOf(snapshots);
    roles = Set.copyOf(roles);
  }

  /** The same guest with another set of roles (the settings file adds roles). */
  public Guest withRoles(Set<Role> newRoles) {
    return new Guest(kind, vmid, node, settings, disks, snapshots, newRoles, description, config);
  }

  public String resource() {
    return "node/" + node + "/" + kind.path() + "/" + vmid;
  }

  public String resource(Disk disk) {
    return resource() + "/" + disk.key();
  }

  public Optional<Setting> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  public String value(String key) {
    Setting s = settings.get(key);
    return s == null ? "" : s.value();
  }

  public String name() {
    String n = value(kind == GuestKind.QEMU ? "name" : "hostname");
    return n.isEmpty() ? kind.path() + "-" + vmid : n;
  }

  /** "VM 102 (db01)" / "CT 200 (files01)". */
  public String label() {
    return (kind == GuestKind.QEMU ? "VM " : "CT ") + vmid + " (" + name() + ")";
  }

  public boolean isTemplate() {
    return Disk.isTrue(value("template"));
  }

  public boolean onboot() {
    return Disk.isTrue(value("onboot"));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Configured maximum memory in MiB (qemu-server and pve-container default 512). */
  public long memoryMiB() {
    String v = value("memory");
    if (v.startsWith("current=")) {
      v = v.substring("current=".length()).split(",", 2)[0];
    }
    try {
      return v.isEmpty() ? 512 : Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return 512;
    }
  }

  /** The balloon target in MiB; empty when the option is absent (balloon device on). */
  public OptionalLong balloonMiB() {
    String v = value("balloon");
    try {
      return v.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(v.strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  public boolean agentEnabled() {
    String v = value("agent");
    if (v.isEmpty()) {
      return false;
    }
    for (String part : v.split(",")) {
      String p = part.strip();
      if (p.startsWith("enabled=")) {
        return Disk.isTrue(p.substring("enabled=".length()));
      }
      if (!p.contains("=")) {
        return Disk.isTrue(p);
      }
    }
    return false;
  }

  public List<Setting> hostpci() {
    return settings.entrySet().stream()
        .filter(e -> e.getKey().matches("hostpci\\d+"))
        .sorted(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue).toList();
  }

  public String ostype() {
    return value("ostype").toLowerCase(Locale.ROOT);
  }

  /**
   * The disk the guest boots from: the first disk of {@code boot: order=}, else the legacy
   * {@code bootdisk}, else the first of scsi0, virtio0, sata0, ide0 the guest has. Containers boot
   * from their rootfs. Empty when none of these is a data disk of the guest.
   */
  public Optional<Disk> bootDisk() {
    if (kind == GuestKind.LXC) {
      return disks.stream().filter(d -> d.kind() == DiskKind.CT_ROOT).findFirst();
    }
    String boot = value("boot");
    for (String part : boot.split(",")) {
      String p = part.strip();
      if (p.startsWith("order=")) {
        for (String key : p.substring("order=".length()).split(";")) {
          Optional<Disk> disk = dataDisk(key.strip());
          if (disk.isPresent()) {
            return disk;
          }
        }
        return Optional.empty();
      }
    }
    Optional<Disk> legacy = dataDisk(value("bootdisk"));
    if (legacy.isPresent()) {
      return legacy;
    }
    for (String key : List.of("scsi0", "virtio0", "sata0", "ide0")) {
      Optional<Disk> disk = dataDisk(key);
      if (disk.isPresent()) {
        return disk;
      }
    }
    return Optional.empty();
  }

  private Optional<Disk> dataDisk(String key) {
    return disks.stream().filter(d -> d.key().equals(key) && d.kind() == DiskKind.DATA).findFirst();
  }
}
