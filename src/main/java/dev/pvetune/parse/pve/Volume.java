package dev.pvetune.parse.pve;

import java.util.Optional;
import java.util.regex.Matcher;

/** What a disk slot points at: the default key ({@code file} / {@code volume}) of a drive. */
public sealed interface Volume
    permits Volume.Managed, Volume.HostPath, Volume.NoMedia, Volume.HostCdrom, Volume.Unrecognized {

  /** The volume as written (after Proxmox's legacy file-name conversion, if any). */
  String raw();

  /**
   * A storage-managed volume {@code <storage>:<volname>}, split at the first {@code :} ({@code
   * parse_volume_id}).
   */
  record Managed(String raw, String storageId, String volumeName) implements Volume {}

  /** An absolute host path: VM passthrough disk, CT bind mount or device. */
  record HostPath(String raw) implements Volume {}

  /** {@code none}: an empty CD-ROM drive. */
  record NoMedia(String raw) implements Volume {}

  /** {@code cdrom}: the host's physical CD-ROM drive. */
  record HostCdrom(String raw) implements Volume {}

  /** Anything else; Proxmox cannot resolve it to a volume. */
  record Unrecognized(String raw) implements Volume {}

  /** Classifies a volume string. */
  static Volume of(String raw) {
    if (raw.equals("none")) {
      return new NoMedia(raw);
    }
    if (raw.equals("cdrom")) {
      return new HostCdrom(raw);
    }
    if (raw.startsWith("/")) {
      return new HostPath(raw);
    }
    Matcher m = PveText.VOLUME_ID.matcher(raw);
    if (m.matches()) {
      return new Managed(raw, m.group(1), m.group(2));
    }
    return new Unrecognized(raw);
  }

  /** The storage id of a managed volume; empty for paths and the rest. */
  default Optional<String> storage() {
    return this instanceof Managed ? Optional.of(((Managed) this).storageId()) : Optional.empty();
  }
}
