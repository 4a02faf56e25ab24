package dev.pvetune.model.build;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Input;
import dev.pvetune.model.MountTable;
import dev.pvetune.model.Storage;
import dev.pvetune.parse.pve.Drive;
import dev.pvetune.parse.pve.MountKind;
import dev.pvetune.parse.pve.Volume;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where a guest disk's bytes really live: zvol, subvol, image file (on which dataset), other. */
final class BackingResolver {
  private static final Set<String> PATH_STORAGES = Set.of("dir", "nfs", "cifs", "btrfs", "cephfs", "glusterfs");

  private final Map<String, Storage> storages;
  private final Map<String, Dataset> datasets;
  private final MountTable mounts;
  private final boolean haveDatasets;

  BackingResolver(List<Storage> storages, Map<String, Dataset> datasets, MountTable mounts, Inputs in) {
    this.storages = new java.util.LinkedHashMap<>();
    storages.forEach(s -> this.storages.put(s.id(), s));
    this.datasets = datasets;
    this.mounts = mounts;
    this.haveDatasets = in.has(Input.ZFS_DATASETS);
  }

  Backing resolve(Drive drive) {
    Volume volume = drive.volume();
    if (volume instanceof Volume.NoMedia || volume instanceof Volume.HostCdrom) {
      return new Backing.NoMedium(volume.raw());
    }
    if (volume instanceof Volume.HostPath p) {
      if (drive.mountKind().map(k -> k == MountKind.BIND).orElse(false)) {
        return new Backing.BindMount(p.raw(), mounts.datasetHolding(p.raw(), datasets));
      }
      return new Backing.HostDevice(p.raw());
    }
    if (!(volume instanceof Volume.Managed m)) {
      return new Backing.Unknown("'" + volume.raw() + "' is not a storage volume pvetune can resolve");
    }
    Storage storage = storages.get(m.storageId());
    if (storage == null) {
      return new Backing.Unknown("storage '" + m.storageId() + "' is not defined in storage.cfg");
    }
    if (storage.isZfsPool()) {
      return zfsVolume(storage, m.volumeName());
    }
    if (PATH_STORAGES.contains(storage.type())) {
      return imageFile(storage, m.volumeName());
    }
    return new Backing.BlockVolume(storage, m.volumeName());
  }

  private Backing zfsVolume(Storage storage, String volname) {
    if (!haveDatasets) {
      return new Backing.Unknown("the bundle has no zfs get output to resolve " + storage.id() + ":" + volname);
    }
    // Linked clones are named <base>/<name>; the dataset is <pool>/<name>.
    String name = volname.substring(volname.lastIndexOf('/') + 1);
    String dataset = storage.zfsDataset().orElse("") + "/" + name;
    Dataset d = datasets.get(dataset);
    if (d == null) {
      return new Backing.Missing(storage, dataset);
    }
    return d.isVolume() ? new Backing.Zvol(storage, d) : new Backing.Subvol(storage, d);
  }

  private Backing imageFile(Storage storage, String volname) {
    Optional<String> base = storage.path();
    if (base.isEmpty()) {
      return new Backing.Unknown("storage " + storage.id() + " has no path");
    }
    String path = base.get() + "/images/" + volname;
    int dot = volname.lastIndexOf('.');
    String format = dot > volname.lastIndexOf('/') ? volname.substring(dot + 1) : "raw";
    boolean local = storage.type().equals("dir") || storage.type().equals("btrfs");
    Optional<Dataset> on = Optional.empty();
    if (local) {
      if (!mounts.known()) {
        return new Backing.Unknown("the bundle has neither /proc/mounts nor zfs get output to tell which filesystem " + path + " is on");
      }
      on = mounts.datasetHolding(path, datasets);
    }
    return new Backing.ImageFile(storage, path, format, on);
  }
}
