package dev.pvetune.parse.pve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriveParserTest {
  private static GuestConfig qemu(String path, int vmid) {
    return GuestConfigParser.parseQemu(Fixtures.read(path), "qemu-server/" + vmid + ".conf")
        .value();
  }

  private static GuestConfig lxc(String path, int vmid) {
    return GuestConfigParser.parseLxc(Fixtures.read(path), "lxc/" + vmid + ".conf").value();
  }

  private static Map<String, Drive> byKey(List<Drive> drives) {
    java.util.LinkedHashMap<String, Drive> map = new java.util.LinkedHashMap<>();
    drives.forEach(d -> map.put(d.key(), d));
    return map;
  }

  @Test
  void linuxVmDrives() {
    Parsed<List<Drive>> parsed = DriveParser.drives(qemu("qemu/101.conf", 101));
    assertThat(parsed.diagnostics()).isEmpty();
    Map<String, Drive> drives = byKey(parsed.value());
    assertThat(drives.keySet()).containsExactly("ide2", "scsi0", "scsi1");

    Drive ide2 = drives.get("ide2");
    assertThat(ide2.bus()).isEqualTo(DriveBus.IDE);
    assertThat(ide2.slot().index()).isEqualTo(2);
    assertThat(ide2.volume()).isEqualTo(new Volume.NoMedia("none"));
    assertThat(ide2.isCdrom()).isTrue();
    assertThat(ide2.isDiskInUse()).isFalse();

    Drive scsi0 = drives.get("scsi0");
    assertThat(scsi0.volume())
        .isEqualTo(new Volume.Managed("local-zfs:vm-101-disk-0", "local-zfs", "vm-101-disk-0"));
    assertThat(scsi0.storageId()).contains("local-zfs");
    assertThat(scsi0.sizeBytes()).hasValue(32L << 30);
    assertThat(scsi0.option("discard")).contains("on");
    assertThat(scsi0.flag("iothread")).contains(true);
    assertThat(scsi0.flag("ssd")).contains(true);
    assertThat(scsi0.option("cache")).isEmpty();
    assertThat(scsi0.isDiskInUse()).isTrue();
    assertThat(scsi0.line()).isEqualTo(16);
    assertThat(scsi0.options().keySet()).containsExactly("discard", "iothread", "size", "ssd");

    Drive scsi1 = drives.get("scsi1");
    assertThat(scsi1.flag("backup")).contains(false);
    assertThat(scsi1.flag("replicate")).contains(false);
    assertThat(scsi1.option("cache")).contains("writeback");
    assertThat(scsi1.sizeBytes()).hasValue(200L << 30);
  }

  @Test
  void efiTpmIsoAndUnusedDrives() {
    GuestConfig vm = qemu("qemu/120.conf", 120);
    Map<String, Drive> drives = byKey(DriveParser.drives(vm).value());
    assertThat(drives.keySet())
        .containsExactly("efidisk0", "ide0", "ide2", "scsi0", "scsi1", "tpmstate0", "unused0");
    Drive efi = drives.get("efidisk0");
    assertThat(efi.isEfiDisk()).isTrue();
    assertThat(efi.bus()).isEqualTo(DriveBus.EFIDISK);
    assertThat(efi.sizeBytes()).hasValue(1L << 20);
    assertThat(efi.option("efitype")).contains("4m");
    assertThat(efi.flag("pre-enrolled-keys")).contains(true);
    assertThat(efi.isDiskInUse()).isTrue();
    Drive tpm = drives.get("tpmstate0");
    assertThat(tpm.isTpmState()).isTrue();
    assertThat(tpm.option("version")).contains("v2.0");
    Drive iso = drives.get("ide0");
    assertThat(iso.isCdrom()).isTrue();
    assertThat(iso.volume())
        .isEqualTo(
            new Volume.Managed(
                "local:iso/virtio-win-0.1.262.iso", "local", "iso/virtio-win-0.1.262.iso"));
    assertThat(iso.sizeBytes()).hasValue(708140L * 1024);
    Drive unused = drives.get("unused0");
    assertThat(unused.isUnused()).isTrue();
    assertThat(unused.isDiskInUse()).isFalse();
    assertThat(unused.slot()).isEqualTo(new DriveKey("unused0", DriveBus.UNUSED, 0));

    // snapshot sections have their own drives
    Map<String, Drive> snap =
        byKey(DriveParser.drives(vm, vm.snapshot("pre-update").orElseThrow()).value());
    assertThat(snap.keySet()).containsExactly("efidisk0", "ide0", "ide2", "scsi0", "tpmstate0");
    assertThat(snap.get("scsi0").line()).isEqualTo(46);
  }

  @Test
  void passthroughDiskIsAHostPath() {
    Map<String, Drive> drives = byKey(DriveParser.drives(qemu("qemu/210.conf", 210)).value());
    Drive scsi1 = drives.get("scsi1");
    assertThat(scsi1.volume()).isInstanceOf(Volume.HostPath.class);
    assertThat(scsi1.volume().raw()).isEqualTo("/dev/disk/by-id/ata-WDC_WUH721414ALE6L4_Y6G74WMC");
    assertThat(scsi1.storageId()).isEmpty();
    assertThat(scsi1.sizeBytes()).hasValue(13039L << 30);
    assertThat(scsi1.isDiskInUse()).isTrue();
    assertThat(drives.get("virtio0").bus()).isEqualTo(DriveBus.VIRTIO);
    assertThat(drives.get("efidisk0").storageId()).contains("local-lvm");
    // hostpci0 and the rest are not drives
    assertThat(drives).doesNotContainKey("hostpci0");
  }

  @Test
  void qemuDriveQuirks() {
    GuestConfig vm = qemu("qemu-quirks/150.conf", 150);
    Parsed<List<Drive>> parsed = DriveParser.drives(vm);
    Map<String, Drive> drives = byKey(parsed.value());
    assertThat(drives.get("ide2").isCdrom()).isTrue();
    assertThat(drives.get("ide2").volume().storage()).contains("local");
    // size=0T of an unlimited subvol
    assertThat(drives.get("scsi0").sizeBytes()).hasValue(0);
    // linked clone: the volume name keeps the base
    assertThat(drives.get("scsi1").volume())
        .isEqualTo(
            new Volume.Managed(
                "local-zfs:base-900-disk-0/vm-150-disk-1",
                "local-zfs",
                "base-900-disk-0/vm-150-disk-1"));
    assertThat(drives.get("scsi1").flag("iothread")).contains(true);
    assertThat(drives.get("scsi1").sizeBytes()).hasValue(1610612736L);
    assertThat(drives.get("scsi10").volume().raw()).isEqualTo("nas:150/vm-150-disk-2.qcow2");
    // legacy bare file names become volume ids
    assertThat(drives.get("virtio0").volume().raw()).isEqualTo("local:150/old-disk.raw");
    assertThat(drives.get("ide0").volume().raw()).isEqualTo("local:iso/debian.iso");
    Drive cloudinit = drives.get("ide1");
    assertThat(cloudinit.isCloudInit()).isTrue();
    assertThat(cloudinit.isDiskInUse()).isFalse();
    assertThat(drives.get("scsi2").sizeBytes()).isEmpty();
    assertThat(drives).doesNotContainKeys("sata0", "scsi3", "virtiofs0", "unused1");
    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                22,
                "sata0: '/mnt/images/foo.raw' is neither a storage volume nor a /dev/ path; Proxmox"
                    + " ignores this disk line"),
            org.assertj.core.groups.Tuple.tuple(25, "scsi2: size '12X' is not a valid size"),
            org.assertj.core.groups.Tuple.tuple(
                25, "scsi2: ssd=maybe is not a boolean (1/0, on/off, yes/no, true/false)"),
            org.assertj.core.groups.Tuple.tuple(
                26, "scsi3: key 'cache' is given twice; Proxmox ignores this disk line"));
  }

  @Test
  void cloudInitDetectionFollowsProxmoxRegex() {
    for (String volume :
        List.of(
            "local-zfs:vm-100-cloudinit",
            "local:100/vm-100-cloudinit.qcow2",
            "local-lvm:cloudinit",
            "nas:100/cloudinit.raw")) {
      assertThat(drive(GuestKind.QEMU, "ide2", volume + ",media=cdrom").isCloudInit())
          .as(volume)
          .isTrue();
    }
    for (String volume :
        List.of(
            "local-zfs:vm-100-disk-0",
            "local:iso/cloudinit.iso",
            "local-zfs:vm-100-cloudinit-old")) {
      assertThat(drive(GuestKind.QEMU, "ide2", volume + ",media=cdrom").isCloudInit())
          .as(volume)
          .isFalse();
    }
  }

  @Test
  void volumeForms() {
    assertThat(drive(GuestKind.QEMU, "scsi0", "file=local-zfs:vm-1-disk-0,size=1G").volume().raw())
        .isEqualTo("local-zfs:vm-1-disk-0");
    assertThat(drive(GuestKind.QEMU, "scsi0", "volume=local-zfs:vm-1-disk-0").volume().storage())
        .contains("local-zfs");
    assertThat(drive(GuestKind.QEMU, "ide2", "cdrom,media=cdrom").volume())
        .isEqualTo(new Volume.HostCdrom("cdrom"));
    // split on the first colon only
    assertThat(drive(GuestKind.QEMU, "scsi0", "rbd:vm-1-disk-0:extra").volume())
        .isEqualTo(new Volume.Managed("rbd:vm-1-disk-0:extra", "rbd", "vm-1-disk-0:extra"));
    // a storage id must be ≥ 2 characters and start with a letter
    Parsed<Optional<Drive>> odd =
        DriveParser.parse(GuestKind.QEMU, 1, "f", new ConfigEntry("scsi0", "1x:vm-1-disk-0", 3));
    assertThat(odd.value().orElseThrow().volume())
        .isEqualTo(new Volume.Unrecognized("1x:vm-1-disk-0"));
    assertThat(odd.diagnostics()).extracting(Diagnostic::line).containsExactly(3);
  }

  @Test
  void driveKeysAndRanges() {
    assertThat(DriveKey.of(GuestKind.QEMU, "scsi30"))
        .contains(new DriveKey("scsi30", DriveBus.SCSI, 30));
    assertThat(DriveKey.of(GuestKind.QEMU, "scsi31")).isEmpty();
    assertThat(DriveKey.of(GuestKind.QEMU, "ide3")).isPresent();
    assertThat(DriveKey.of(GuestKind.QEMU, "ide4")).isEmpty();
    assertThat(DriveKey.of(GuestKind.QEMU, "sata5")).isPresent();
    assertThat(DriveKey.of(GuestKind.QEMU, "sata6")).isEmpty();
    assertThat(DriveKey.of(GuestKind.QEMU, "virtio15")).isPresent();
    assertThat(DriveKey.of(GuestKind.QEMU, "virtio16")).isEmpty();
    assertThat(DriveKey.of(GuestKind.QEMU, "efidisk1")).isEmpty();
    assertThat(DriveKey.of(GuestKind.QEMU, "tpmstate0")).isPresent();
    assertThat(DriveKey.of(GuestKind.QEMU, "unused255")).isPresent();
    assertThat(DriveKey.of(GuestKind.QEMU, "unused256")).isEmpty();
    assertThat(DriveKey.of(GuestKind.QEMU, "scsi01")).isEmpty();
    assertThat(DriveKey.of(GuestKind.QEMU, "cdrom"))
        .contains(new DriveKey("ide2", DriveBus.IDE, 2));
    assertThat(DriveKey.of(GuestKind.QEMU, "rootfs")).isEmpty();
    assertThat(DriveKey.of(GuestKind.QEMU, "mp0")).isEmpty();
    assertThat(DriveKey.of(GuestKind.QEMU, "net0")).isEmpty();
    assertThat(DriveKey.of(GuestKind.LXC, "rootfs"))
        .contains(new DriveKey("rootfs", DriveBus.ROOTFS, 0));
    assertThat(DriveKey.of(GuestKind.LXC, "mp255"))
        .contains(new DriveKey("mp255", DriveBus.MOUNTPOINT, 255));
    assertThat(DriveKey.of(GuestKind.LXC, "unused3")).isPresent();
    assertThat(DriveKey.of(GuestKind.LXC, "scsi0")).isEmpty();
  }

  @Test
  void containerMountPoints() {
    Parsed<List<Drive>> parsed = DriveParser.drives(lxc("lxc/105.conf", 105));
    assertThat(parsed.diagnostics()).isEmpty();
    Map<String, Drive> drives = byKey(parsed.value());
    assertThat(drives.keySet()).containsExactly("mp0", "mp1", "mp2", "rootfs");
    Drive rootfs = drives.get("rootfs");
    assertThat(rootfs.mountKind()).contains(MountKind.VOLUME);
    assertThat(rootfs.mountPath()).contains("/");
    assertThat(rootfs.volume())
        .isEqualTo(
            new Volume.Managed("local-zfs:subvol-105-disk-0", "local-zfs", "subvol-105-disk-0"));
    assertThat(rootfs.sizeBytes()).hasValue(8L << 30);
    Drive mp0 = drives.get("mp0");
    assertThat(mp0.mountPath()).contains("/srv/share");
    assertThat(mp0.flag("backup")).contains(true);
    assertThat(mp0.options()).doesNotContainKey("volume");
    Drive mp1 = drives.get("mp1");
    assertThat(mp1.mountKind()).contains(MountKind.BIND);
    assertThat(mp1.flag("ro")).contains(true);
    assertThat(mp1.volume()).isInstanceOf(Volume.HostPath.class);
    assertThat(drives.get("mp2").flag("backup")).isEmpty();
    assertThat(rootfs.isCdrom()).isFalse();
    assertThat(rootfs.isCloudInit()).isFalse();
  }

  @Test
  void containerMountPointQuirks() {
    Parsed<List<Drive>> parsed = DriveParser.drives(lxc("lxc-quirks/160.conf", 160));
    Map<String, Drive> drives = byKey(parsed.value());
    assertThat(drives.get("rootfs").volume().storage()).contains("TrueNAS");
    assertThat(drives.get("mp0").mountKind()).contains(MountKind.DEVICE);
    assertThat(drives.get("mp1").option("mountoptions")).contains("noatime;lazytime");
    assertThat(drives.get("mp1").flag("acl")).contains(true);
    assertThat(drives.get("unused0").mountKind()).isEmpty();
    assertThat(drives.get("unused0").isUnused()).isTrue();
    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(9, "mp2: mount point without mp= (required)"));
  }

  @Test
  void containerVolumeKeyIsVolumeNotFile() {
    Parsed<Optional<Drive>> parsed =
        DriveParser.parse(
            GuestKind.LXC,
            1,
            "f",
            new ConfigEntry("rootfs", "volume=local-zfs:subvol-1-disk-0,size=8G", 4));
    assertThat(parsed.value().orElseThrow().volume().raw()).isEqualTo("local-zfs:subvol-1-disk-0");
    Parsed<Optional<Drive>> file =
        DriveParser.parse(
            GuestKind.LXC, 1, "f", new ConfigEntry("rootfs", "file=local-zfs:subvol-1-disk-0", 4));
    assertThat(file.value()).isEmpty();
    assertThat(file.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly("rootfs: no volume given; Proxmox ignores this disk line");
  }

  @Test
  void nonDriveKeysAreNotDrives() {
    Parsed<Optional<Drive>> parsed =
        DriveParser.parse(
            GuestKind.QEMU, 1, "f", new ConfigEntry("net0", "virtio,bridge=vmbr0", 1));
    assertThat(parsed.value()).isEmpty();
    assertThat(parsed.diagnostics()).isEmpty();
  }

  private static Drive drive(GuestKind kind, String key, String value) {
    Parsed<Optional<Drive>> parsed =
        DriveParser.parse(kind, 100, "f", new ConfigEntry(key, value, 1));
    assertThat(parsed.diagnostics()).isEmpty();
    return parsed.value().orElseThrow();
  }
}
