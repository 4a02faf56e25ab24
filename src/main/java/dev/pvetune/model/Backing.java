package dev.pvetune.model;

import java.util.Optional;

/** Where a guest disk's bytes really live. */
public sealed interface Backing {

  /** The storage the volume belongs to, when it is a managed volume. */
  default Optional<Storage> storage() {
    return Optional.empty();
  }

  /** The ZFS dataset (zvol, subvol, or filesystem holding the image file) when the bytes are on ZFS. */
  default Optional<Dataset> zfsDataset() {
    return Optional.empty();
  }

  default boolean isZfsBacked() {
    return zfsDataset().isPresent();
  }

  /** Storage that several nodes reach, so the guest can migrate live with this disk. */
  default boolean isShared() {
    return storage().map(Storage::shared).orElse(false);
  }

  /** A zvol on a zfspool storage. */
  record Zvol(Storage storageDef, Dataset zvol) implements Backing {
    @Override public Optional<Storage> storage() { return Optional.of(storageDef); }
    @Override public Optional<Dataset> zfsDataset() { return Optional.of(zvol); }

    public boolean sparse() {
      return zvol.bytes("refreservation").orElse(0) == 0;
    }
  }

  /** A container volume that is a ZFS filesystem (subvol-<id>-disk-N). */
  record Subvol(Storage storageDef, Dataset dataset) implements Backing {
    @Override public Optional<Storage> storage() { return Optional.of(storageDef); }
    @Override public Optional<Dataset> zfsDataset() { return Optional.of(dataset); }
  }

  /**
   * An image file on a path-based storage (dir, nfs, cifs, ...). {@code onDataset} is the ZFS
   * filesystem the path lies on (longest mountpoint), when there is one.
   */
  record ImageFile(Storage storageDef, String path, String format, Optional<Dataset> onDataset) implements Backing {
    @Override public Optional<Storage> storage() { return Optional.of(storageDef); }
    @Override public Optional<Dataset> zfsDataset() { return onDataset; }
  }

  /** A volume on a block storage other than ZFS (lvm, lvmthin, rbd, iscsi, ...). */
  record BlockVolume(Storage storageDef, String volume) implements Backing {
    @Override public Optional<Storage> storage() { return Optional.of(storageDef); }

    public boolean thin() {
      return storageDef.type().equals("lvmthin") || storageDef.type().equals("rbd");
    }
  }

  /** A container bind mount of a host directory; {@code onDataset} when that directory is on ZFS. */
  record BindMount(String path, Optional<Dataset> onDataset) implements Backing {
    @Override public Optional<Dataset> zfsDataset() { return onDataset; }
  }

  /** A host device passed through by path (/dev/disk/by-id/...). */
  record HostDevice(String path) implements Backing {}

  /** No medium: an empty CD drive ("none") or the host's physical drive ("cdrom"). */
  record NoMedium(String volume) implements Backing {}

  /** The config names a volume that the bundle shows does not exist. */
  record Missing(Storage storageDef, String expected) implements Backing {
    @Override public Optional<Storage> storage() { return Optional.of(storageDef); }
  }

  /** The bundle does not say where the bytes are; {@code reason} says why. */
  record Unknown(String reason) implements Backing {}
}
