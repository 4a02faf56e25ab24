package dev.pvetune.parse.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StorageConfigParserTest {
  private static final String FILE = "files/etc/pve/storage.cfg";

  private static Parsed<StorageConfig> fixture(String name) {
    return StorageConfigParser.parse(Fixtures.read("storage/" + name), FILE);
  }

  @Test
  void zfsInstallDefault() {
    Parsed<StorageConfig> parsed = fixture("zfs-install.cfg");
    assertThat(parsed.diagnostics()).isEmpty();
    StorageConfig cfg = parsed.value();
    assertThat(cfg.storages()).extracting(Storage::id).containsExactly("local", "local-zfs");
    Storage local = cfg.find("local").orElseThrow();
    assertThat(local.injected()).isFalse();
    assertThat(local.line()).isEqualTo(1);
    assertThat(local.content()).containsExactly("backup", "iso", "vztmpl");
    assertThat(local.path()).contains("/var/lib/vz");
    assertThat(local.shared()).isFalse();
    Storage zfs = cfg.find("local-zfs").orElseThrow();
    assertThat(zfs.type()).isEqualTo("zfspool");
    assertThat(zfs.knownType()).isTrue();
    assertThat(zfs.pool()).contains("rpool/data");
    assertThat(zfs.sparse()).isTrue();
    assertThat(zfs.entry("sparse")).contains(new SectionEntry("sparse", Optional.empty(), 7));
    assertThat(zfs.blocksize()).isEmpty();
    assertThat(zfs.blocksizeBytes()).isEmpty();
    assertThat(zfs.content()).containsExactly("images", "rootdir");
    assertThat(zfs.contentDefaulted()).isFalse();
    assertThat(zfs.nodes()).isEmpty();
    assertThat(zfs.availableOn("pve7")).isTrue();
    assertThat(zfs.shared()).isFalse();
    assertThat(zfs.disabled()).isFalse();
  }

  @Test
  void mixedProductionNode() {
    Parsed<StorageConfig> parsed = fixture("mixed.cfg");
    assertThat(parsed.diagnostics()).isEmpty();
    StorageConfig cfg = parsed.value();
    assertThat(cfg.storages())
        .extracting(Storage::id)
        .containsExactly(
            "local", "local-zfs", "tank-vm", "ssd-thin", "nas-iso", "pbs01", "ceph-vm");
    Storage zfs = cfg.find("local-zfs").orElseThrow();
    assertThat(zfs.sparse()).isTrue();
    Storage tank = cfg.find("tank-vm").orElseThrow();
    assertThat(tank.blocksize()).contains("64k");
    assertThat(tank.blocksizeBytes()).hasValue(65536);
    assertThat(tank.sparse()).isFalse();
    assertThat(tank.mountpoint()).contains("/tank/vm");
    assertThat(tank.nodes()).contains(Set.of("pve1", "pve2"));
    assertThat(tank.availableOn("pve1")).isTrue();
    assertThat(tank.availableOn("pve3")).isFalse();
    Storage thin = cfg.find("ssd-thin").orElseThrow();
    assertThat(thin.type()).isEqualTo("lvmthin");
    assertThat(thin.option("vgname")).contains("ssd");
    Storage nfs = cfg.find("nas-iso").orElseThrow();
    assertThat(nfs.shared()).isTrue();
    assertThat(nfs.sharedForcedByType()).isTrue();
    assertThat(nfs.content()).containsExactly("iso", "vztmpl");
    assertThat(nfs.option("options")).contains("vers=4.2,soft");
    Storage pbs = cfg.find("pbs01").orElseThrow();
    assertThat(pbs.shared()).isTrue();
    assertThat(pbs.option("prune-backups")).contains("keep-daily=7,keep-monthly=6,keep-weekly=4");
    Storage rbd = cfg.find("ceph-vm").orElseThrow();
    assertThat(rbd.disabled()).isTrue();
    assertThat(rbd.flag("krbd")).isFalse();
    assertThat(rbd.shared()).isTrue();
    assertThat(rbd.entry("pool").orElseThrow().line()).isEqualTo(44);
  }

  @Test
  void zfsOverIscsiWithoutLocalGetsLocalInjected() {
    Parsed<StorageConfig> parsed = fixture("zfs-over-iscsi.cfg");
    assertThat(parsed.diagnostics()).isEmpty();
    StorageConfig cfg = parsed.value();
    assertThat(cfg.storages()).extracting(Storage::id).containsExactly("local", "lio");
    Storage local = cfg.storages().get(0);
    assertThat(local.injected()).isTrue();
    assertThat(local.line()).isZero();
    assertThat(local.type()).isEqualTo("dir");
    assertThat(local.path()).contains("/var/lib/vz");
    assertThat(local.content())
        .containsExactly("backup", "images", "iso", "rootdir", "snippets", "vztmpl");
    Storage lio = cfg.find("lio").orElseThrow();
    assertThat(lio.type()).isEqualTo("zfs");
    assertThat(lio.shared()).isTrue();
    assertThat(lio.blocksizeBytes()).hasValue(4096);
    assertThat(lio.sparse()).isTrue();
    assertThat(lio.option("iscsiprovider")).contains("LIO");
  }

  @Test
  void realWorldQuirks() {
    Parsed<StorageConfig> parsed = fixture("quirks.cfg");
    StorageConfig cfg = parsed.value();
    assertThat(cfg.storages())
        .extracting(Storage::id)
        .containsExactly("local", "ssd", "tank", "nas", "cephfs", "mystore", "ceph-vm");

    Storage local = cfg.find("local").orElseThrow();
    assertThat(local.injected()).isFalse();
    assertThat(local.path()).contains("/var/lib/vz");
    assertThat(local.hasLegacyMaxfiles()).isTrue();
    assertThat(local.shared()).isFalse();
    assertThat(local.entry("shared")).isPresent();

    Storage ssd = cfg.find("ssd").orElseThrow();
    assertThat(ssd.line()).isEqualTo(9);
    assertThat(ssd.content()).containsExactly("images", "rootdir");
    assertThat(ssd.nodes()).contains(Set.of("pve1", "pve2", "pve3"));

    Storage tank = cfg.find("tank").orElseThrow();
    assertThat(tank.sparse()).isFalse();
    assertThat(tank.blocksize()).contains("16k");
    assertThat(tank.content()).containsExactly("images");
    // the 'dir: backup' header had no empty line before it, so its body landed in 'tank'
    assertThat(tank.path()).contains("/mnt/backup");
    assertThat(tank.shared()).isTrue();
    assertThat(tank.mountpoint()).contains("/tank/vm");

    Storage nas = cfg.find("nas").orElseThrow();
    assertThat(nas.content()).containsExactly("images");
    assertThat(nas.contentDefaulted()).isTrue();
    assertThat(nas.shared()).isTrue();

    assertThat(cfg.find("cephfs").orElseThrow().content()).containsExactly("backup", "vztmpl");

    Storage custom = cfg.find("mystore").orElseThrow();
    assertThat(custom.knownType()).isFalse();
    assertThat(custom.type()).isEqualTo("customtype");
    assertThat(custom.content()).isEmpty();
    assertThat(custom.option("foo")).contains("bar");
    assertThat(custom.entry("flag")).isPresent();

    Storage rbd = cfg.find("ceph-vm").orElseThrow();
    assertThat(rbd.disabled()).isTrue();
    assertThat(rbd.option("monhost")).contains("10.1.1.20 10.1.1.21");

    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactlyInAnyOrder(
            tuple(
                20,
                "duplicate key 'blocksize' in section 'tank' (first at line 18); Proxmox ignores"
                    + " this line"),
            tuple(
                22,
                "whitespace-only line inside section 'tank' is ignored; only an empty line ends a"
                    + " section"),
            tuple(
                24,
                "'dir: backup' looks like a section header, but section 'tank' (line 15) has no"
                    + " empty line before it; Proxmox ignores this line and reads the following"
                    + " indented lines into 'tank'. Add an empty line before it"),
            tuple(
                26,
                "duplicate key 'content' in section 'tank' (first at line 21); Proxmox ignores this"
                    + " line"),
            tuple(
                29,
                "indented line outside any section (an empty line ended the section before it);"
                    + " Proxmox ignores it"),
            tuple(
                57,
                "line inside section 'ceph-vm' does not start with whitespace; Proxmox ignores it"),
            tuple(
                5,
                "storage 'local' uses the legacy option 'maxfiles' (removed in PVE 9); use"
                    + " prune-backups"),
            tuple(
                12,
                "storage 'ssd': content type 'iso' is not supported by this storage type; Proxmox"
                    + " drops it"),
            tuple(13, "storage 'ssd': 'bad_node' is not a valid node name; Proxmox drops it"),
            tuple(
                17,
                "storage 'tank': 'sparse yes' is not 0 or 1 (storage.cfg accepts no other"
                    + " spelling); Proxmox ignores it"),
            tuple(
                35,
                "storage 'nas': content 'none' cannot be combined with other types; Proxmox ignores"
                    + " this content line"),
            tuple(
                42,
                "storage 'mystore' has unknown type 'customtype' (a third-party plugin?); only its"
                    + " raw options are used"),
            tuple(
                46,
                "'9bad' is not a valid storage id (letters, digits, '-', '_', '.'; starting with a"
                    + " letter); Proxmox skips this storage"),
            tuple(
                49,
                "storage 'nopool' (zfspool) lacks the required option 'pool'; Proxmox skips this"
                    + " storage"));
  }

  @Test
  void localThatIsNotTheStandardDirIsReplaced() {
    Parsed<StorageConfig> parsed =
        StorageConfigParser.parse(
            "zfspool: local\n\tpool rpool/data\n\ndir: other\n\tpath /srv\n\tnodes pve1\n", FILE);
    Storage local = parsed.value().storages().get(0);
    assertThat(local.injected()).isTrue();
    assertThat(local.type()).isEqualTo("dir");
    assertThat(parsed.value().storages()).extracting(Storage::id).containsExactly("local", "other");
    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(1);

    Parsed<StorageConfig> otherPath =
        StorageConfigParser.parse("dir: local\n\tpath /srv/vz\n\tnodes pve1\n", FILE);
    assertThat(otherPath.value().storages().get(0).injected()).isTrue();
  }

  @Test
  void localIgnoresNodeRestrictions() {
    Parsed<StorageConfig> parsed =
        StorageConfigParser.parse("dir: local\n\tpath /var/lib/vz\n\tnodes pve1\n", FILE);
    Storage local = parsed.value().storages().get(0);
    assertThat(local.injected()).isFalse();
    assertThat(local.nodes()).isEmpty();
    assertThat(local.availableOn("pve9")).isTrue();
    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(3);
  }

  @Test
  void duplicateStorageIdLaterWins() {
    Parsed<StorageConfig> parsed =
        StorageConfigParser.parse(
            "zfspool: tank\n\tpool a\n\nDIR: tank\n\tpath /b\n\tcontent none\n", FILE);
    Storage tank = parsed.value().find("tank").orElseThrow();
    assertThat(tank.path()).contains("/b");
    assertThat(tank.pool()).isEmpty();
    assertThat(tank.type()).isEqualTo("dir");
    assertThat(tank.content()).isEmpty();
    assertThat(tank.contentDefaulted()).isFalse();
    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "storage 'tank' is defined again (first at line 1); Proxmox uses this later"
                + " definition");
  }

  @Test
  void emptyFileStillHasLocal() {
    Parsed<StorageConfig> parsed = StorageConfigParser.parse("", FILE);
    assertThat(parsed.value().storages())
        .extracting(Storage::id, Storage::injected)
        .containsExactly(tuple("local", true));
    assertThat(parsed.diagnostics()).isEmpty();
  }
}
