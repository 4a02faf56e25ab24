package dev.pvetune.parse.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuestConfigParserTest {
  private static final String QEMU_DIR = "files/etc/pve/nodes/pve1/qemu-server/";
  private static final String LXC_DIR = "files/etc/pve/nodes/pve1/lxc/";

  private static Parsed<GuestConfig> qemu(String vmid) {
    return GuestConfigParser.parseQemu(
        Fixtures.read("qemu/" + vmid + ".conf"), QEMU_DIR + vmid + ".conf");
  }

  private static List<String> messages(Parsed<?> parsed) {
    return parsed.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void linuxVmOnZfs() {
    Parsed<GuestConfig> parsed = qemu("101");
    assertThat(parsed.diagnostics()).isEmpty();
    GuestConfig vm = parsed.value();
    assertThat(vm.kind()).isEqualTo(GuestKind.QEMU);
    assertThat(vm.vmid()).isEqualTo(101);
    assertThat(vm.file()).isEqualTo(QEMU_DIR + "101.conf");
    assertThat(vm.description()).contains("Web frontend (nginx): prod\nOwner: ops-team");
    GuestSection main = vm.main();
    assertThat(main.kind()).isEqualTo(SectionKind.MAIN);
    assertThat(main.entries()).hasSize(21);
    assertThat(main.entries().keySet()).startsWith("agent", "balloon", "boot");
    assertThat(main.entry("scsi1"))
        .contains(
            new ConfigEntry(
                "scsi1",
                "local-zfs:vm-101-disk-1,backup=0,cache=writeback,discard=on,iothread=1,replicate=0,size=200G",
                17));
    assertThat(main.entry("net0").orElseThrow().value())
        .isEqualTo("virtio=BC:24:11:5E:7A:01,bridge=vmbr0,firewall=1");
    assertThat(main.value("tags")).contains("prod;web");
    assertThat(main.flag("onboot")).contains(true);
    assertThat(main.flag("numa")).contains(false);
    assertThat(main.flag("name")).isEmpty();
    assertThat(vm.pending()).isEmpty();
    assertThat(vm.snapshots()).isEmpty();
    assertThat(vm.specialSections()).isEmpty();
  }

  @Test
  void windowsVmWithPendingAndRamSnapshot() {
    Parsed<GuestConfig> parsed = qemu("120");
    assertThat(parsed.diagnostics()).isEmpty();
    GuestConfig vm = parsed.value();
    assertThat(vm.description()).isEmpty();
    assertThat(vm.main().value("parent")).contains("pre-update");
    assertThat(vm.main().value("unused0")).contains("local-zfs:vm-120-disk-4");
    GuestSection pending = vm.pending().orElseThrow();
    assertThat(pending.kind()).isEqualTo(SectionKind.PENDING);
    assertThat(pending.headerLine()).isEqualTo(25);
    assertThat(pending.entry("memory")).contains(new ConfigEntry("memory", "24576", 26));
    assertThat(vm.snapshots()).hasSize(1);
    GuestSection snap = vm.snapshot("pre-update").orElseThrow();
    assertThat(snap.kind()).isEqualTo(SectionKind.SNAPSHOT);
    assertThat(snap.headerLine()).isEqualTo(28);
    assertThat(snap.description()).contains("Before cumulative update 2024-05");
    assertThat(snap.value("vmstate")).contains("local-zfs:vm-120-state-pre-update");
    assertThat(snap.value("snaptime")).contains("1715600000");
    assertThat(snap.value("runningmachine")).contains("pc-q35-8.1+pve0");
    assertThat(snap.snapstate()).isEmpty();
    assertThat(vm.sections())
        .extracting(GuestSection::name)
        .containsExactly("", "pending", "pre-update");
  }

  @Test
  void passthroughVmKeepsArgsVerbatim() {
    Parsed<GuestConfig> parsed = qemu("210");
    assertThat(parsed.diagnostics()).isEmpty();
    GuestSection main = parsed.value().main();
    assertThat(main.entry("args")).contains(new ConfigEntry("args", "-cpu host,kvm=off", 3));
    assertThat(main.value("hostpci0")).contains("0000:47:00,pcie=1,x-vga=1,romfile=gtx1070.rom");
    assertThat(main.value("cpu")).contains("host,flags=+pdpe1gb;+aes");
    assertThat(main.value("scsi1"))
        .contains(
            "/dev/disk/by-id/ata-WDC_WUH721414ALE6L4_Y6G74WMC,backup=0,serial=Y6G74WMC,size=13039G");
  }

  @Test
  void qemuQuirks() {
    Parsed<GuestConfig> parsed =
        GuestConfigParser.parseQemu(Fixtures.read("qemu-quirks/150.conf"), QEMU_DIR + "150.conf");
    GuestConfig vm = parsed.value();
    assertThat(vm.description())
        .contains(
            "Line with a raw legacy   and an encoded colon: kept\n"
                + "Unicode café and 100% sure\n"
                + "virtio1: /dev/disk/by-id/ata-WDC_WD140EDGZ_9LGABCDE,backup=0,size=13039G\n"
                + "legacy text: appended");
    GuestSection main = vm.main();
    // a commented-out disk is description, never config
    assertThat(main.has("virtio1")).isFalse();
    // cdrom is an alias of ide2
    assertThat(main.has("cdrom")).isFalse();
    assertThat(main.entry("ide2"))
        .contains(
            new ConfigEntry("ide2", "local:iso/debian-12.5.0-amd64-netinst.iso,media=cdrom", 6));
    // duplicate keys: last wins, with its own line
    assertThat(main.entry("memory")).contains(new ConfigEntry("memory", "4096", 10));
    assertThat(main.flag("agent")).contains(true);
    // keys with '-' and unknown (newer) keys are kept
    assertThat(main.value("running-nets-host-mtu")).contains("1500");
    assertThat(main.value("virtiofs0")).contains("dirid=share");
    assertThat(main.value("lock")).contains("backup");
    assertThat(main.deletes()).isEmpty();

    GuestSection pending = vm.pending().orElseThrow();
    assertThat(pending.description()).contains("");
    assertThat(pending.deletes())
        .containsExactly(
            new PendingDelete("cores", true, 33),
            new PendingDelete("numa", false, 33),
            new PendingDelete("tags", false, 33));
    assertThat(pending.value("memory")).contains("8192");

    GuestSection cloudinit = vm.specialSection("cloudinit").orElseThrow();
    assertThat(cloudinit.kind()).isEqualTo(SectionKind.SPECIAL);
    assertThat(cloudinit.value("cdrom")).contains("kept-as-is");
    assertThat(cloudinit.value("ipconfig0")).contains("ip=dhcp");
    assertThat(vm.specialSection("fleecing").orElseThrow().value("fleecing-images"))
        .contains("local-zfs:vm-150-fleece-0");

    // the unknown section swallowed its lines; the duplicate snapshot replaced the first one
    assertThat(vm.snapshots())
        .extracting(GuestSection::name)
        .containsExactly("stuck", "before-upgrade");
    GuestSection snap = vm.snapshot("before-upgrade").orElseThrow();
    assertThat(snap.headerLine()).isEqualTo(57);
    assertThat(snap.value("memory")).contains("1024");
    assertThat(snap.description()).isEmpty();
    assertThat(snap.has("vmstate")).isFalse();
    assertThat(vm.snapshot("stuck").orElseThrow().snapstate()).contains("delete");

    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line)
        .containsExactly(10, 16, 17, 29, 43, 57);
    String file = QEMU_DIR + "150.conf";
    assertThat(messages(parsed))
        .containsExactly(
            file + ":10: 'memory' is set again (first at line 9); Proxmox uses this last value",
            file
                + ":16: cannot parse '# an indented hash is not a description' (expected 'key:"
                + " value'); Proxmox ignores this line",
            file
                + ":17: cannot parse 'this line is garbage' (expected 'key: value'); Proxmox"
                + " ignores this line",
            file
                + ":29: 'delete:' is only allowed in the pending section, not in the main section;"
                + " Proxmox ignores this line",
            file
                + ":43: unknown section [weird section!]; Proxmox ignores it and every line up to"
                + " the next known section header",
            file
                + ":57: duplicate section snapshot section [before-upgrade]; it replaces the one at"
                + " line 47 (as in Proxmox)");
  }

  @Test
  void snapstateIsFoundAnywhereInTheLineLikeProxmox() {
    Parsed<GuestConfig> parsed =
        GuestConfigParser.parseQemu(
            "args: -foo snapstate: prepare\nname: x\n[snap]\nsnapstate: bogus\n", "101.conf");
    assertThat(parsed.value().main().snapstate()).contains("prepare");
    assertThat(parsed.value().main().has("args")).isFalse();
    // an unknown snapstate value is just a key like any other
    assertThat(parsed.value().snapshot("snap").orElseThrow().value("snapstate")).contains("bogus");
  }

  @Test
  void blankLinesDoNotEndSectionsAndCrlfIsAccepted() {
    String text = "name: a\r\n\r\n[PENDING]\r\n\r\n   \r\nmemory: 1024\r\n\r\n#note\r\n";
    Parsed<GuestConfig> parsed = GuestConfigParser.parseQemu(text, "x/102.conf");
    assertThat(parsed.diagnostics()).isEmpty();
    GuestSection pending = parsed.value().pending().orElseThrow();
    assertThat(pending.entry("memory")).contains(new ConfigEntry("memory", "1024", 6));
    assertThat(pending.description()).contains("note");
    assertThat(parsed.value().main().value("name")).contains("a");
  }

  @Test
  void sectionHeadersAreCaseInsensitiveAndSnapshotNamesNeedTwoChars() {
    Parsed<GuestConfig> parsed =
        GuestConfigParser.parseQemu(
            "name: a\n[pending]\nmemory: 1\n[Snap-1]\ncores: 2\n[x]\ncores: 9\n", "103.conf");
    assertThat(parsed.value().pending().orElseThrow().value("memory")).contains("1");
    assertThat(parsed.value().snapshot("Snap-1").orElseThrow().value("cores")).contains("2");
    assertThat(parsed.value().snapshots()).hasSize(1);
    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(6);
  }

  @Test
  void keyWithEmptyValueIsReported() {
    Parsed<GuestConfig> parsed = GuestConfigParser.parseQemu("name: a\nmemory:   \n", "104.conf");
    assertThat(parsed.value().main().has("memory")).isFalse();
    assertThat(messages(parsed))
        .containsExactly("104.conf:2: 'memory' has no value; Proxmox ignores this line");
  }

  @Test
  void nonUtf8ByteIsReportedAndTheRestIsKept() {
    byte[] bytes = "name: caf\u00e9\nmemory: 2048\n".getBytes(StandardCharsets.ISO_8859_1);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Parsed<GuestConfig> parsed = GuestConfigParser.parseQemu(text, "105.conf");
    assertThat(parsed.value().main().value("memory")).contains("2048");
    assertThat(parsed.value().main().value("name")).contains("caf\uFFFD");
    assertThat(messages(parsed))
        .containsExactly(
            "105.conf:1: the line contains bytes that are not valid UTF-8 (shown as U+FFFD)");
  }

  @Test
  void descriptionDecodingToInvalidUtf8IsReported() {
    Parsed<GuestConfig> parsed = GuestConfigParser.parseQemu("#bad %FF byte\n", "106.conf");
    assertThat(parsed.value().description()).contains("bad \uFFFD byte");
    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(1);
  }

  @Test
  void emptyFileIsAnEmptyConfigWithADiagnostic() {
    Parsed<GuestConfig> parsed = GuestConfigParser.parseQemu("", "files/x/107.conf");
    assertThat(parsed.value().main().entries()).isEmpty();
    assertThat(messages(parsed)).containsExactly("files/x/107.conf: the guest config is empty");
  }

  @Test
  void fileNameMustBeVmidDotConf() {
    assertThat(GuestConfigParser.vmidFromFileName("files/etc/pve/nodes/pve1/qemu-server/100.conf"))
        .isEqualTo(100);
    for (String bad :
        List.of("a/101.conf.bak", "a/web.conf", "a/101.conf~", "101", "a/1234567890.conf")) {
      assertThatThrownBy(() -> GuestConfigParser.parseQemu("name: a\n", bad))
          .isInstanceOf(ParseException.class)
          .hasMessageContaining("not a guest config file name");
    }
  }

  @Test
  void containerOnZfsWithRawLxcKeys() {
    Parsed<GuestConfig> parsed =
        GuestConfigParser.parseLxc(Fixtures.read("lxc/105.conf"), LXC_DIR + "105.conf");
    assertThat(parsed.diagnostics()).isEmpty();
    GuestConfig ct = parsed.value();
    assertThat(ct.kind()).isEqualTo(GuestKind.LXC);
    assertThat(ct.vmid()).isEqualTo(105);
    assertThat(ct.description()).contains("Samba file server");
    assertThat(ct.main().value("rootfs")).contains("local-zfs:subvol-105-disk-0,size=8G");
    assertThat(ct.main().flag("unprivileged")).contains(true);
    assertThat(ct.main().lxcEntries())
        .containsExactly(
            new ConfigEntry("lxc.cgroup2.devices.allow", "c 10:200 rwm", 17),
            new ConfigEntry("lxc.mount.entry", "/dev/net dev/net none bind,create=dir", 18));
  }

  @Test
  void containerWithPendingAndSnapshot() {
    Parsed<GuestConfig> parsed =
        GuestConfigParser.parseLxc(Fixtures.read("lxc/130.conf"), LXC_DIR + "130.conf");
    assertThat(parsed.diagnostics()).isEmpty();
    GuestConfig ct = parsed.value();
    assertThat(ct.pending().orElseThrow().entry("memory"))
        .contains(new ConfigEntry("memory", "8192", 13));
    assertThat(ct.snapshot("before-upgrade").orElseThrow().value("snaptime"))
        .contains("1722500000");
    assertThat(ct.main().value("parent")).contains("before-upgrade");
  }

  @Test
  void containerQuirks() {
    String file = LXC_DIR + "160.conf";
    Parsed<GuestConfig> parsed =
        GuestConfigParser.parseLxc(Fixtures.read("lxc-quirks/160.conf"), file);
    GuestConfig ct = parsed.value();
    assertThat(ct.description()).contains("# **Plex** server\n100% legacy   text");
    GuestSection main = ct.main();
    assertThat(main.lxcEntries())
        .extracting(ConfigEntry::key, ConfigEntry::value, ConfigEntry::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lxc.cgroup2.devices.allow", "c 226:0 rwm", 11),
            org.assertj.core.groups.Tuple.tuple("lxc.cgroup2.devices.allow", "c 226:128 rwm", 12),
            org.assertj.core.groups.Tuple.tuple(
                "lxc.mount.entry", "/dev/dri dev/dri none bind,optional,create=dir", 13));
    // an invalid header does not start a section: the following lines stay in the main section
    assertThat(main.value("swap")).contains("512");
    assertThat(main.value("unused0")).contains("local-zfs:subvol-160-disk-9");
    // no '-' in container keys
    assertThat(main.has("running-nets")).isFalse();
    GuestSection pending = ct.pending().orElseThrow();
    assertThat(pending.deletes()).containsExactly(new PendingDelete("swap", false, 19));
    GuestSection snap = ct.snapshot("snap1").orElseThrow();
    assertThat(snap.snapstate()).contains("prepare");
    assertThat(snap.description()).contains("first snapshot");
    assertThat(messages(parsed))
        .containsExactly(
            file
                + ":10: cannot parse 'running-nets: 1' (expected 'key: value'); Proxmox ignores"
                + " this line",
            file
                + ":14: '[special:cloudinit]' is not a valid section header; Proxmox ignores this"
                + " line and keeps reading the following lines into the main section",
            file
                + ":27: 'delete:' is only allowed in the pending section, not in snapshot section"
                + " [snap1]; Proxmox ignores this line");
  }

  @Test
  void containerDoesNotKnowQemuSections() {
    Parsed<GuestConfig> parsed =
        GuestConfigParser.parseLxc("memory: 1\n[PENDING]\nswap: 0\nargs: -x\n", "170.conf");
    // a container's pending header is [pve:pending]; [PENDING] is a snapshot section named PENDING
    assertThat(parsed.value().pending()).isEmpty();
    assertThat(parsed.value().snapshot("PENDING")).isPresent();
    assertThat(parsed.value().snapshot("PENDING").orElseThrow().value("args")).contains("-x");
  }
}
