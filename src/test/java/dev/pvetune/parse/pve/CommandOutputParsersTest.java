package dev.pvetune.parse.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CommandOutputParsersTest {
  @Test
  void pveversionVerbose() {
    Parsed<PackageVersions> parsed =
        PveVersionParser.parse(Fixtures.read("cmd/pveversion.out"), "cmd/pveversion.out");
    assertThat(parsed.diagnostics()).isEmpty();
    PackageVersions v = parsed.value();
    assertThat(v.runningKernel()).contains("6.8.4-2-pve");
    assertThat(v.runningManager()).contains("8.2.2/9355359cd7afbae4");
    assertThat(v.version("pve-manager").map(DebianVersion::text)).contains("8.2.2");
    assertThat(v.version("zfsutils-linux").map(DebianVersion::text)).contains("2.2.3-pve2");
    assertThat(v.version("pve-qemu-kvm").orElseThrow().revision()).isEqualTo("5");
    assertThat(v.get("proxmox-ve").orElseThrow().running()).contains("6.8.4-2-pve");
    assertThat(v.get("qemu-server").orElseThrow().line()).isEqualTo(30);
    PackageVersion mirror = v.get("proxmox-offline-mirror-helper").orElseThrow();
    assertThat(mirror.installed()).isFalse();
    assertThat(mirror.versionText()).isEqualTo("not correctly installed");
    assertThat(v.version("proxmox-offline-mirror-helper")).isEmpty();
    assertThat(v.isAtLeast("zfsutils-linux", "2.2.0")).contains(true);
    assertThat(v.isAtLeast("zfsutils-linux", "2.3.0")).contains(false);
    assertThat(v.isAtLeast("qemu-server", "7.0-4")).contains(true);
    assertThat(v.isAtLeast("no-such-package", "1.0")).isEmpty();
    assertThat(v.isAtLeast("proxmox-offline-mirror-helper", "1.0")).isEmpty();
    assertThat(v.packages()).hasSize(33);
  }

  @Test
  void pveversionShortAndOddLines() {
    Parsed<PackageVersions> parsed =
        PveVersionParser.parse(
            "pve-manager/7.4-17/513c62be (running kernel: 5.15.131-2-pve)\n", "pv");
    assertThat(parsed.value().runningManager()).contains("7.4-17/513c62be");
    assertThat(parsed.value().runningKernel()).contains("5.15.131-2-pve");
    assertThat(parsed.value().packages()).isEmpty();

    Parsed<PackageVersions> odd =
        PveVersionParser.parse(
            "pve-manager: 6.4-13 (running version: 6.4-13/9f411e79)\n"
                + "running kernel: 5.4.128-1-pve\n"
                + "libfoo: unknown package - internal error\n"
                + "WARNING: something\n",
            "pv");
    assertThat(odd.value().runningKernel()).contains("5.4.128-1-pve");
    assertThat(odd.value().isAtLeast("pve-manager", "6.4-2")).contains(true);
    assertThat(odd.value().get("libfoo").orElseThrow().installed()).isFalse();
    assertThat(odd.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            tuple(3, "libfoo: 'unknown package - internal error' is not a package version"),
            tuple(4, "not '<package>: <version>'; ignored"));
    Parsed<PackageVersions> repeated =
        PveVersionParser.parse(
            "proxmox-ve: 9.0.0 (running kernel: 6.14.8-2-pve)\n"
                + "proxmox-kernel-helper: 9.0.3\n"
                + "pve-manager: 9.0.5\n"
                + "proxmox-kernel-helper: 9.0.3\n"
                + "qemu-server: 9.0.18\n"
                + "qemu-server: 9.0.19\n",
            "pv");
    assertThat(repeated.value().get("proxmox-kernel-helper").orElseThrow().line()).isEqualTo(2);
    assertThat(repeated.diagnostics())
        .extracting(Diagnostic::line)
        .as("an identical repeat is how pveversion prints it; only a different version is odd")
        .containsExactly(6);
    assertThatThrownBy(() -> PveVersionParser.parse("", "pv")).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> PveVersionParser.parse("bash: pveversion: command not found\n", "pv"))
        .isInstanceOf(ParseException.class);
  }

  @Test
  void debianVersionOrdering() {
    List<String> ascending =
        List.of(
            "1.0~rc1",
            "1.0",
            "1.0-1",
            "1.0-1+pmx8",
            "2.2.3",
            "2.2.3-pve1",
            "2.2.3-pve2",
            "2.2.3-pve10",
            "2.2.10-pve1",
            "7.0-3",
            "7.0-4",
            "7.0-10",
            "8.1.5-5",
            "8.1.10",
            "8.2",
            "8.2.0",
            "8.2.1",
            "1:0.1");
    for (int i = 0; i + 1 < ascending.size(); i++) {
      DebianVersion low = DebianVersion.of(ascending.get(i));
      DebianVersion high = DebianVersion.of(ascending.get(i + 1));
      assertThat(low.compareTo(high)).as(low + " < " + high).isNegative();
      assertThat(high.compareTo(low)).as(high + " > " + low).isPositive();
    }
    assertThat(DebianVersion.of("8.02").compareTo(DebianVersion.of("8.2"))).isZero();
    assertThat(DebianVersion.of("3.20230808.1.1~deb12u1").isAtLeast("3.20230808.1.1")).isFalse();
    DebianVersion epoch = DebianVersion.of("2:4.17.12+dfsg-0+deb12u1");
    assertThat(epoch.epoch()).isEqualTo(2);
    assertThat(epoch.upstream()).isEqualTo("4.17.12+dfsg");
    assertThat(epoch.revision()).isEqualTo("0+deb12u1");
    assertThat(DebianVersion.of("1.0-2-3").upstream()).isEqualTo("1.0-2");
    assertThat(DebianVersion.parse("not correctly installed")).isEmpty();
    assertThat(DebianVersion.parse("")).isEmpty();
    assertThat(DebianVersion.parse("v1.0")).isEmpty();
  }

  @Test
  void pvesrStatus() {
    Parsed<List<PvesrJobStatus>> parsed =
        PvesrStatusParser.parse(Fixtures.read("cmd/pvesr-status.out"), "cmd/pvesr-status.out");
    assertThat(parsed.diagnostics()).isEmpty();
    List<PvesrJobStatus> rows = parsed.value();
    assertThat(rows)
        .extracting(PvesrJobStatus::jobId)
        .containsExactly("100-0", "101-0", "120-0", "130-1");
    PvesrJobStatus ok = rows.get(0);
    assertThat(ok.enabled()).contains(true);
    assertThat(ok.target()).isEqualTo("local/pve2");
    assertThat(ok.targetNode()).isEqualTo("pve2");
    assertThat(ok.guest()).isEqualTo(100);
    assertThat(ok.lastSync()).contains(LocalDateTime.of(2024, 5, 13, 10, 15, 2));
    assertThat(ok.nextSync()).contains(LocalDateTime.of(2024, 5, 13, 10, 30, 0));
    assertThat(ok.duration()).isEqualTo(OptionalDouble.of(3.213408));
    assertThat(ok.ok()).isTrue();
    assertThat(ok.line()).isEqualTo(2);
    PvesrJobStatus failing = rows.get(1);
    assertThat(failing.failCount()).isEqualTo(3);
    assertThat(failing.nextSyncPending()).isTrue();
    assertThat(failing.nextSync()).isEmpty();
    assertThat(failing.state())
        .isEqualTo(
            "command 'zfs snapshot rpool/data/vm-101-disk-0@__replicate_101-0_1715596501__' failed:"
                + " exit code 1");
    assertThat(failing.ok()).isFalse();
    PvesrJobStatus disabled = rows.get(2);
    assertThat(disabled.enabled()).contains(false);
    assertThat(disabled.lastSync()).isEmpty();
    assertThat(disabled.duration()).isEmpty();
    assertThat(rows.get(3).syncing()).isTrue();
  }

  @Test
  void pvesrStatusBeforeTheEnabledColumn() {
    Parsed<List<PvesrJobStatus>> parsed =
        PvesrStatusParser.parse(Fixtures.read("cmd/pvesr-status-pve6.out"), "x");
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.value())
        .extracting(PvesrJobStatus::jobId, PvesrJobStatus::enabled, PvesrJobStatus::failCount)
        .containsExactly(tuple("100-0", Optional.empty(), 0), tuple("101-0", Optional.empty(), 3));
    assertThat(parsed.value().get(1).state()).endsWith("failed: exit code 1");
  }

  @Test
  void pvesrStatusMalformed() {
    assertThat(
            PvesrStatusParser.parse(
                    "JobID      Enabled    Target  LastSync NextSync Duration FailCount State\n",
                    "x")
                .value())
        .isEmpty();
    assertThatThrownBy(() -> PvesrStatusParser.parse("", "x")).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> PvesrStatusParser.parse("error: no such command\n", "x"))
        .isInstanceOf(ParseException.class)
        .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(1));
    Parsed<List<PvesrJobStatus>> parsed =
        PvesrStatusParser.parse(
            "JobID Enabled Target LastSync NextSync Duration FailCount State\n"
                + "garbage\n"
                + "100-0 Maybe local/pve2 yesterday - 1.5s x OK\n",
            "x");
    assertThat(parsed.value()).hasSize(1);
    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(2, 3, 3, 3, 3);
  }

  @Test
  void haManagerStatus() {
    Parsed<HaManagerStatus> parsed =
        HaManagerStatusParser.parse(Fixtures.read("cmd/ha-status.out"), "cmd/ha-status.out");
    assertThat(parsed.diagnostics()).isEmpty();
    HaManagerStatus ha = parsed.value();
    assertThat(ha.quorate()).contains(true);
    assertThat(ha.master())
        .contains(new HaNodeStatus("pve1", "active", Optional.of("Mon May 13 10:15:32 2024"), 2));
    assertThat(ha.lrms())
        .extracting(HaNodeStatus::node, HaNodeStatus::status)
        .containsExactly(
            tuple("pve1", "active"), tuple("pve2", "idle"), tuple("pve3", "old timestamp - dead?"));
    assertThat(ha.services())
        .extracting(HaServiceStatus::sid, HaServiceStatus::node, HaServiceStatus::state)
        .containsExactly(
            tuple("ct:105", "pve2", "stopped"),
            tuple("vm:101", "pve1", "started"),
            tuple("vm:120", "pve3", "fence"));
    assertThat(ha.service("vm:120").orElseThrow().type()).isEqualTo("vm");
    assertThat(ha.service("vm:120").orElseThrow().name()).isEqualTo("120");
  }

  @Test
  void haManagerStatusVariants() {
    Parsed<HaManagerStatus> parsed =
        HaManagerStatusParser.parse(
            "quorum No quorum on node 'pve1'!\n"
                + "master pve2 (active, Tue May 14 08:00:00 2024) - static load CRS\n"
                + "lrm pve1 (unable to read lrm status)\n"
                + "lrm pve2 (maintenance mode, Tue May 14 08:00:01 2024)\n"
                + "service vm:200 (---, queued)\n"
                + "bogus\n"
                + "full cluster state:\n"
                + "{\n \"manager_status\" : {}\n}\n",
            "x");
    HaManagerStatus ha = parsed.value();
    assertThat(ha.quorate()).contains(false);
    assertThat(ha.master().orElseThrow().node()).isEqualTo("pve2");
    assertThat(ha.master().orElseThrow().status()).isEqualTo("active");
    assertThat(ha.lrms())
        .containsExactly(
            new HaNodeStatus("pve1", "unable to read lrm status", Optional.empty(), 3),
            new HaNodeStatus(
                "pve2", "maintenance mode", Optional.of("Tue May 14 08:00:01 2024"), 4));
    assertThat(ha.services()).containsExactly(new HaServiceStatus("vm:200", "---", "queued", 5));
    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(6);
    assertThat(HaManagerStatusParser.parse("quorum OK\n", "x").value().services()).isEmpty();
    assertThatThrownBy(() -> HaManagerStatusParser.parse("\n", "x"))
        .isInstanceOf(ParseException.class);
  }
}
