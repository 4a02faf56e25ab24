package dev.pvetune.parse.pve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What pve-storage knows about each built-in storage type (formats.md §3.2, §3.3). */
final class StorageTypes {
  /**
   * @param content the content types the plugin supports
   * @param defaultContent what it gets when {@code content} is absent
   * @param required options without which Proxmox skips the section
   */
  record Info(Set<String> content, Set<String> defaultContent, List<String> required) {}

  private static final Set<String> ALL_CONTENT =
      Set.of("images", "rootdir", "vztmpl", "iso", "backup", "snippets", "import", "none");
  private static final Set<String> FILE_CONTENT =
      Set.of("images", "rootdir", "vztmpl", "iso", "backup", "snippets", "import");
  private static final Set<String> IMAGES = Set.of("images");
  private static final Set<String> IMAGES_ROOTDIR = Set.of("images", "rootdir");

  static final Map<String, Info> KNOWN =
      Map.ofEntries(
          Map.entry("dir", new Info(ALL_CONTENT, IMAGES_ROOTDIR, List.of("path"))),
          Map.entry("zfspool", new Info(IMAGES_ROOTDIR, IMAGES_ROOTDIR, List.of("pool"))),
          Map.entry(
              "zfs",
              new Info(
                  IMAGES,
                  IMAGES,
                  List.of("portal", "target", "pool", "blocksize", "iscsiprovider"))),
          Map.entry(
              "lvmthin", new Info(IMAGES_ROOTDIR, IMAGES_ROOTDIR, List.of("thinpool", "vgname"))),
          Map.entry("lvm", new Info(IMAGES_ROOTDIR, IMAGES, List.of("vgname"))),
          Map.entry("nfs", new Info(FILE_CONTENT, IMAGES, List.of("path", "server", "export"))),
          Map.entry("cifs", new Info(FILE_CONTENT, IMAGES, List.of("path", "server", "share"))),
          Map.entry(
              "iscsi", new Info(Set.of("images", "none"), IMAGES, List.of("portal", "target"))),
          Map.entry(
              "iscsidirect",
              new Info(Set.of("images", "none"), IMAGES, List.of("portal", "target"))),
          Map.entry("rbd", new Info(IMAGES_ROOTDIR, IMAGES, List.of())),
          Map.entry(
              "cephfs",
              new Info(
                  Set.of("vztmpl", "iso", "backup", "snippets", "import"),
                  Set.of("backup"),
                  List.of("path"))),
          Map.entry(
              "pbs",
              new Info(Set.of("backup", "none"), Set.of("backup"), List.of("server", "datastore"))),
          Map.entry("btrfs", new Info(ALL_CONTENT, IMAGES_ROOTDIR, List.of("path"))),
          Map.entry(
              "esxi", new Info(Set.of("import"), Set.of("import"), List.of("server", "username"))));

  /** {@code @SHARED_STORAGE}: types whose {@code shared} is forced to 1 at parse time. */
  static final Set<String> FORCED_SHARED =
      Set.of("iscsi", "nfs", "cifs", "rbd", "cephfs", "iscsidirect", "zfs", "drbd", "pbs");

  /** Boolean options of the built-in plugins: only 0/1, or the key alone for 1. */
  static final Set<String> BOOLEAN_KEYS =
      Set.of(
          "disable",
          "shared",
          "sparse",
          "krbd",
          "nowritecache",
          "mkdir",
          "create-base-path",
          "create-subdirs",
          "saferemove",
          "tagged_only",
          "fuse",
          "nocow",
          "skip-cert-verification",
          "snapshot-as-volume-chain");

  private StorageTypes() {}
}
