package dev.pvetune.model;

/** The parts of a bundle rules depend on; a rule whose input is missing is not evaluated. */
public enum Input {
  GUEST_CONFIGS("guest configs (/etc/pve/nodes/<node>/qemu-server, lxc)"),
  STORAGE_CFG("/etc/pve/storage.cfg"),
  ZFS_DATASETS("zfs get (cmd/zfs-get)"),
  ZFS_SNAPSHOTS("zfs snapshot list (cmd/zfs-snapshots)"),
  POOL_STATUS("zpool status (cmd/zpool-status)"),
  POOL_LIST("zpool list (cmd/zpool-list)"),
  POOL_PROPERTIES("zpool get (cmd/zpool-get)"),
  VDEV_ASHIFT("zdb -C (cmd/zdb-config-*)"),
  BLOCK_DEVICES("lsblk (cmd/lsblk)"),
  MEMINFO("/proc/meminfo"),
  ARCSTATS("/proc/spl/kstat/zfs/arcstats"),
  ZFS_PARAMETERS("/sys/module/zfs/parameters"),
  SWAPS("swap list (/proc/swaps)"),
  ZVOL_LINKS("zvol device links (cmd/zvol-links)"),
  MOUNTS("/proc/mounts"),
  VERSIONS("pveversion -v (cmd/pveversion)"),
  ZFS_VERSION("zfs version (cmd/zfs-version)"),
  SWAPPINESS("/proc/sys/vm/swappiness"),
  DMI_MEMORY("dmidecode -t memory (cmd/dmidecode-memory)"),
  ZED_RC("/etc/zfs/zed.d/zed.rc"),
  SCHEDULES("cron files and systemd timers"),
  CLUSTER_JOBS("replication.cfg, jobs.cfg, ha/resources.cfg");

  private final String description;

  Input(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
