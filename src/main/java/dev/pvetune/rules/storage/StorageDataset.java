package dev.pvetune.rules.storage;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Storage;
import java.util.Optional;

/**
 * The ZFS filesystem a path-based storage's directory lies on. Image files already resolved
 * against /proc/mounts win; otherwise the dataset the inventory finds under the path. A
 * storage marked {@code is_mountpoint} whose path is not itself a dataset mountpoint is some other
 * mount, and a disk image the resolver found off ZFS means the directory is not on ZFS.
 */
final class StorageDataset {
  private StorageDataset() {}

  static Optional<Dataset> of(Storage storage, Inventory inv) {
    Optional<String> path = storage.path();
    if (path.isEmpty()) {
      return Optional.empty();
    }
    for (Guest g : inv.guests()) {
      for (Disk d : g.disks()) {
        if (d.backing() instanceof Backing.ImageFile f && f.storageDef().id().equals(storage.id())) {
          return f.onDataset();
        }
      }
    }
    String dir = stripSlash(path.get());
    Optional<Dataset> holding = inv.datasetHolding(dir);
    Optional<String> mountPoint = mountPoint(storage, dir);
    if (holding.isPresent() && mountPoint.isPresent()
        && !holding.get().mountedAt().map(StorageDataset::stripSlash).equals(mountPoint)) {
      return Optional.empty();
    }
    return holding;
  }

  /** is_mountpoint: yes/1 means the storage path itself is a mount, a path names the mount. */
  private static Optional<String> mountPoint(Storage storage, String dir) {
    return storage.option("is_mountpoint").map(s -> s.value().strip())
        .filter(v -> !v.equals("0") && !v.equalsIgnoreCase("no") && !v.isEmpty())
        .map(v -> v.startsWith("/") ? stripSlash(v) : dir);
  }

  private static String stripSlash(String p) {
    String s = p;
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
