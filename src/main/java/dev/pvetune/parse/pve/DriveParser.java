package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the disk lines of a {@link GuestSection} into {@link Drive}s. */
public final class DriveParser {
  private static final Set<String> GEOMETRY = Set.of("cyls", "heads", "secs", "trans");
  private static final Set<String> BOOLEAN_OPTIONS =
      Set.of(
          "backup",
          "replicate",
          "ssd",
          "iothread",
          "ro",
          "shared",
          "snapshot",
          "detect_zeroes",
          "scsiblock",
          "pre-enrolled-keys",
          "acl",
          "quota",
          "keepattrs");

  private DriveParser() {}

  /** The drives of the main section. */
  public static Parsed<List<Drive>> drives(GuestConfig config) {
    return drives(config, config.main());
  }

  /** The drives of one section, in file order; unreadable disk lines become diagnostics. */
  public static Parsed<List<Drive>> drives(GuestConfig config, GuestSection section) {
    List<Drive> drives = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<ConfigEntry> entries = new ArrayList<>(section.entries().values());
    entries.sort((a, b) -> Integer.compare(a.line(), b.line()));
    for (ConfigEntry entry : entries) {
      Parsed<Optional<Drive>> one = parse(config.kind(), config.vmid(), config.file(), entry);
      one.value().ifPresent(drives::add);
      diagnostics.addAll(one.diagnostics());
    }
    return new Parsed<>(List.copyOf(drives), diagnostics);
  }

  /**
   * Reads one config entry as a drive. Empty (and no diagnostic) if the key is not a disk key;
   * empty with a diagnostic if Proxmox would ignore the line.
   */
  public static Parsed<Optional<Drive>> parse(
      GuestKind kind, int vmid, String file, ConfigEntry entry) {
    Optional<DriveKey> slot = DriveKey.of(kind, entry.key());
    if (slot.isEmpty()) {
      return Parsed.clean(Optional.empty());
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    String key = slot.get().key();
    PropertyString ps;
    try {
      ps = PropertyString.parse(entry.value());
    } catch (PropertyStringException e) {
      return skipped(file, entry, key + ": " + e.getMessage() + "; Proxmox ignores this disk line");
    }
    Map<String, String> options = new LinkedHashMap<>(ps.options());
    options.keySet().removeAll(GEOMETRY);
    List<String> volumeKeys =
        kind == GuestKind.QEMU ? List.of("file", "volume") : List.of("volume");
    String raw = ps.defaultValue().orElse(null);
    for (String volumeKey : volumeKeys) {
      String explicit = options.remove(volumeKey);
      if (explicit == null) {
        continue;
      }
      if (raw != null) {
        return skipped(
            file, entry, key + ": the volume is given twice; Proxmox ignores this disk line");
      }
      raw = explicit;
    }
    if (raw == null) {
      return skipped(file, entry, key + ": no volume given; Proxmox ignores this disk line");
    }
    if (kind == GuestKind.QEMU && isBusDrive(slot.get().bus())) {
      Optional<String> volid = legacyFileToVolumeId(vmid, raw, options.get("media"));
      if (volid.isEmpty()) {
        return skipped(
            file,
            entry,
            key
                + ": '"
                + raw
                + "' is neither a storage volume nor a /dev/ path; Proxmox ignores this disk"
                + " line");
      }
      raw = volid.get();
    }
    Volume volume = Volume.of(raw);
    if (kind == GuestKind.LXC
        && (volume instanceof Volume.NoMedia || volume instanceof Volume.HostCdrom)) {
      volume = new Volume.Unrecognized(raw);
    }
    if (volume instanceof Volume.Unrecognized) {
      diagnostics.add(
          new Diagnostic(
              file,
              entry.line(),
              key + ": '" + raw + "' is not a valid volume id ('storage:volume') or path"));
    }
    String size = options.get("size");
    if (size != null && PveText.parseSize(size).isEmpty()) {
      diagnostics.add(
          new Diagnostic(file, entry.line(), key + ": size '" + size + "' is not a valid size"));
    }
    for (Map.Entry<String, String> option : options.entrySet()) {
      if (BOOLEAN_OPTIONS.contains(option.getKey())
          && PveText.parseBoolean(option.getValue()).isEmpty()) {
        diagnostics.add(
            new Diagnostic(
                file,
                entry.line(),
                key
                    + ": "
                    + option.getKey()
                    + "="
                    + option.getValue()
                    + " is not a boolean (1/0, on/off, yes/no, true/false)"));
      }
    }
    if (slot.get().bus() == DriveBus.MOUNTPOINT && !options.containsKey("mp")) {
      diagnostics.add(
          new Diagnostic(file, entry.line(), key + ": mount point without mp= (required)"));
    }
    Drive drive = new Drive(kind, slot.get(), volume, options, entry.line());
    return new Parsed<>(Optional.of(drive), diagnostics);
  }

  private static boolean isBusDrive(DriveBus bus) {
    return bus == DriveBus.IDE
        || bus == DriveBus.SATA
        || bus == DriveBus.SCSI
        || bus == DriveBus.VIRTIO;
  }

  /**
   * {@code filename_to_volume_id}: a bare legacy file name becomes {@code local:<vmid>/<name>} (or
   * {@code local:iso/<name>} on a CD-ROM); a path outside {@code /dev/} cannot be used.
   */
  private static Optional<String> legacyFileToVolumeId(int vmid, String file, String media) {
    if (file.equals("none")
        || file.equals("cdrom")
        || (file.startsWith("/dev/") && file.length() > 5)
        || file.matches("(?s)[^:]+:.+")) {
      return Optional.of(file);
    }
    if (file.contains("/")) {
      return Optional.empty();
    }
    return Optional.of("cdrom".equals(media) ? "local:iso/" + file : "local:" + vmid + "/" + file);
  }

  private static Parsed<Optional<Drive>> skipped(String file, ConfigEntry entry, String message) {
    return new Parsed<>(Optional.empty(), List.of(new Diagnostic(file, entry.line(), message)));
  }
}
