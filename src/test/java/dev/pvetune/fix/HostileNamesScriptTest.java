package dev.pvetune.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Finding;
import dev.pvetune.rules.FixAction;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans for resources whose names try to break out of the script (quotes, $(…), backticks, ;,
 * globs, newlines), run under bash against the stub commands: the exact argv every tool gets, no
 * injected command runs, guards skip what changed, and apply followed by undo restores the state.
 */
class HostileNamesScriptTest {
  static final String NODE = "pve'1 $(touch pwned-node)`touch pwned-bt`;*\nx";
  static final String POOL = "tank'\"$(touch pwned-pool) `touch pwned-bt2`; *?[a]\nz";
  static final String DATASET = POOL + "/vm data'$(touch pwned-ds)";
  static final String STORAGE = "st'\"$(touch${IFS}pwned-st)`id`;*?[a]";
  static final String SPACED_STORAGE = "bad storage";
  static final String DRIVE = STORAGE + ":vm-101-disk-0,cache=writeback,size=32G";
  static final String DRIVE_NEW = STORAGE + ":vm-101-disk-0,size=32G,discard=on,iothread=1";
  static final String TIMER = "zfs-trim-monthly@tank\\x27.timer";
  static final String MISSING_TIMER = "zfs-trim-monthly@gone.timer";
  static final String CRON_TIMER = "zfs-trim-monthly@cron.timer";
  static final String CRON_POOL = "tank'%$(touch pwned-cron)";
  static final String OLD_HOSTNAME = "old'$(touch pwned-go)";
  static final String NEW_HOSTNAME = "new `touch pwned-go2`; *";
  static final String STORAGE_CFG = "zfspool: " + STORAGE + "\n\tpool tank/vm\n\tcontent images\n\ndir: local\n\tpath /var/lib/vz\n";
  static final String MODPROBE = "options zfs zfs_txg_timeout=10\n# keep this\n";

  @TempDir Path dir;
  StubHost host;
  Path script;

  @BeforeEach
  void setUp() throws IOException {
    host = new StubHost(dir, NODE);
    host.guest("qm", 101, "boot: order=scsi0\nscsi0: " + DRIVE + "\nname: vm\n");
    host.guest("pct", 200, "arch: amd64\nhostname: " + OLD_HOSTNAME + "\n");
    host.zfs(POOL, "compression", "off", "local");
    host.zfs(DATASET, "compression", "off", "inherited from " + POOL);
    host.zpool(POOL, "autotrim", "off");
    host.unit(TIMER);
    host.bootsThroughProxmoxBootTool();
    host.file("/etc/pve/storage.cfg", STORAGE_CFG);
    host.file("/etc/modprobe.d/zfs.conf", MODPROBE);
    host.file("/sys/module/zfs/parameters/zfs_arc_max", "0\n");
    host.file("/sys/module/zfs/parameters/zfs_arc_min", "0\n");
    script = dir.resolve("plan.sh");
    Files.writeString(script, ScriptWriter.write(plan(), "test"));
  }

  static FixPlan plan() {
    List<Finding> findings = new ArrayList<>();
    findings.add(finding("DSET-003", Severity.HIGH, "dataset/" + DATASET, Disruption.ONLINE,
        new Change.ZfsProperty(DATASET, "compression", "off", "inherited from " + POOL, Optional.of("lz4"))));
    findings.add(finding("MEM-002", Severity.HIGH, "node/" + NODE + "/arc", Disruption.ONLINE,
        new Change.ArcLimits(Optional.of(4294967296L), Optional.of(1073741824L), Optional.of(0L), Optional.of(0L))));
    findings.add(finding("POOL-015", Severity.MEDIUM, "pool/" + POOL, Disruption.ONLINE,
        new Change.PoolProperty(POOL, "autotrim", "off", "on")));
    findings.add(finding("STOR-001", Severity.MEDIUM, "storage/" + STORAGE, Disruption.ONLINE,
        new Change.StorageOption(STORAGE, "sparse", Optional.empty(), "1")));
    findings.add(finding("STOR-001", Severity.MEDIUM, "storage/" + SPACED_STORAGE, Disruption.ONLINE,
        new Change.StorageOption(SPACED_STORAGE, "sparse", Optional.empty(), "1")));
    findings.add(finding("POOL-015", Severity.MEDIUM, "dataset/" + DATASET, Disruption.ONLINE,
        new Change.ZfsProperty(DATASET, "org.debian:periodic-trim", "-", "-", Optional.of("enable"))));
    findings.add(finding("POOL-015", Severity.LOW, "pool/tank'", Disruption.ONLINE, new Change.EnableTimer(TIMER, Optional.empty())));
    findings.add(finding("POOL-015", Severity.LOW, "pool/gone", Disruption.ONLINE, new Change.EnableTimer(MISSING_TIMER,
        Optional.of(new Change.CronJob("trim-gone", "30 3 1 * *", List.of("/usr/sbin/zpool", "trim", POOL))))));
    findings.add(finding("POOL-015", Severity.LOW, "pool/cron", Disruption.ONLINE, new Change.EnableTimer(CRON_TIMER,
        Optional.of(new Change.CronJob("trim-" + CRON_POOL, "30 3 1 * *", List.of("/usr/sbin/zpool", "trim", CRON_POOL))))));
    findings.add(finding("DISK-001", Severity.HIGH, "node/x/qemu/101/scsi0\n$(touch pwned-res)", Disruption.RESTART,
        new Change.DriveOptions(NODE, GuestKind.QEMU, 101, "scsi0", DRIVE, Map.of("cache", Optional.empty(), "discard", Optional.of("on")))));
    findings.add(finding("DISK-008", Severity.MEDIUM, "node/x/qemu/101/scsi0", Disruption.RESTART,
        new Change.DriveOptions(NODE, GuestKind.QEMU, 101, "scsi0", DRIVE, Map.of("iothread", Optional.of("1")))));
    findings.add(finding("GUEST-001", Severity.MEDIUM, "node/x/lxc/200", Disruption.RESTART,
        new Change.GuestOption(NODE, GuestKind.LXC, 200, "hostname", Optional.of(OLD_HOSTNAME), NEW_HOSTNAME)));
    findings.add(finding("POOL-006", Severity.HIGH, "pool/" + POOL, Disruption.RECREATE,
        new Change.Manual(List.of("zpool destroy " + POOL + "\n$(touch pwned-manual); `touch pwned-manual2`"))));
    return FixPlanner.plan(NODE, Instant.parse("2026-11-20T09:14:03Z"), "test\n$(touch pwned-origin)", findings, FixSelection.all());
  }

  static Finding finding(String id, Severity severity, String resource, Disruption disruption, Change change) {
    RuleInfo rule = new RuleInfo(id, "test-rule", severity, "test", Set.of());
    return new Finding(rule, severity, resource, "message $(touch pwned-msg)", List.of(), Optional.empty(),
        List.of(new FixAction("fix " + resource + " `touch pwned-summary`", disruption, change)));
  }

  static final List<List<String>> APPLY = List.of(
      List.of("zfs", "set", "compression=lz4", DATASET),
      List.of("update-initramfs", "-u", "-k", "all"),
      List.of("proxmox-boot-tool", "refresh"),
      List.of("zpool", "set", "autotrim=on", POOL),
      List.of("pvesm", "set", STORAGE, "--sparse", "1"),
      List.of("zfs", "set", "org.debian:periodic-trim=enable", DATASET),
      List.of("systemctl", "enable", "--now", TIMER),
      List.of("qm", "set", "101", "--scsi0", DRIVE_NEW),
      List.of("pct", "set", "200", "--hostname", NEW_HOSTNAME));

  static final List<List<String>> UNDO = List.of(
      List.of("pct", "set", "200", "--hostname", OLD_HOSTNAME),
      List.of("qm", "set", "101", "--scsi0", DRIVE),
      List.of("systemctl", "disable", "--now", TIMER),
      List.of("zfs", "inherit", "org.debian:periodic-trim", DATASET),
      List.of("pvesm", "set", STORAGE, "--delete", "sparse"),
      List.of("zpool", "set", "autotrim=off", POOL),
      List.of("update-initramfs", "-u", "-k", "all"),
      List.of("proxmox-boot-tool", "refresh"),
      List.of("zfs", "inherit", "compression", DATASET));

  @Test
  void dryRunOnlyReadsAndListsEveryStep() throws Exception {
    Map<String, String> before = host.snapshot();
    StubHost.Run run = host.run(script);
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(host.calls()).allSatisfy(c -> assertThat(isRead(c)).as(c.toString()).isTrue());
    assertThat(host.snapshot()).isEqualTo(before);
    assertThat(run.out()).contains("Dry run: 9 step(s) would be applied, 2 skipped");
    assertThat(run.out()).contains("would run: 'qm' 'set' '101' '--scsi0' " + Shell.quote(DRIVE_NEW));
    assertThat(run.out()).contains("storage 'bad storage' is not in");
    assertNothingInjected();
  }

  @Test
  void applyRunsExactlyTheseCommandsAndUndoRestoresTheState() throws Exception {
    Map<String, String> before = host.snapshot();
    StubHost.Run run = host.run(script, "--apply", "--undo", "undo.sh");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(writes()).isEqualTo(APPLY);
    assertThat(host.read("/etc/modprobe.d/zfs.conf"))
        .isEqualTo("options zfs zfs_txg_timeout=10 zfs_arc_min=1073741824 zfs_arc_max=4294967296\n# keep this\n");
    assertThat(host.read("/sys/module/zfs/parameters/zfs_arc_max")).isEqualTo("4294967296\n");
    assertThat(host.read("/sys/module/zfs/parameters/zfs_arc_min")).isEqualTo("1073741824\n");
    assertThat(host.read("/etc/cron.d/pvetune-trim-tank____touch_pwned-cron_"))
        .isEqualTo("# written by a pvetune fix plan\n30 3 1 * * root '/usr/sbin/zpool' 'trim' 'tank'\\''\\%$(touch pwned-cron)'\n");
    assertThat(host.read("/etc/pve/storage.cfg")).isEqualTo(STORAGE_CFG.replace("\tcontent images\n", "\tcontent images\n\tsparse 1\n"));
    assertThat(run.out()).contains("Applied 9 step(s); 2 skipped");

    host.clearLog();
    StubHost.Run again = host.run(script, "--apply", "--undo", "undo-again.sh");
    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(writes()).isEmpty();
    assertThat(again.out()).contains("Applied 0 step(s); 11 skipped");

    host.clearLog();
    Path undo = dir.resolve("undo.sh");
    ScriptChecks.syntaxAndShellcheck(undo);
    StubHost.Run back = host.run(undo);
    assertThat(back.exit()).as(back.toString()).isZero();
    assertThat(writes()).isEqualTo(UNDO);
    assertThat(host.snapshot()).isEqualTo(before);
    assertNothingInjected();
  }

  @Test
  void refusesAnotherNodeUnlessTold() throws Exception {
    Files.writeString(host.state.resolve("hostname"), "pve2");
    StubHost.Run run = host.run(script, "--apply");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("the plan was made for");
    assertThat(writes()).isEmpty();
    StubHost.Run anyway = host.run(script, "--any-node");
    assertThat(anyway.exit()).as(anyway.toString()).isZero();
  }

  @Test
  void skipsAStepWhoseValueChangedSinceTheAudit() throws Exception {
    host.guest("qm", 101, "scsi0: " + STORAGE + ":vm-101-disk-0,cache=none,size=32G\n");
    StubHost.Run run = host.run(script, "--apply", "--undo", "undo.sh");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(writes()).doesNotContain(APPLY.get(7));
    assertThat(run.out()).contains("skipped: scsi0 of qm guest 101 is");
  }

  @Test
  void scriptPassesBashSyntaxCheckAndShellcheck() throws Exception {
    ScriptChecks.syntaxAndShellcheck(script);
  }

  private void assertNothingInjected() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      assertThat(walk.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pwned"))).isEmpty();
    }
  }

  private List<List<String>> writes() throws IOException {
    return host.calls().stream().filter(c -> !isRead(c)).toList();
  }

  static boolean isRead(List<String> call) {
    String name = call.get(0);
    String first = call.size() > 1 ? call.get(1) : "";
    return switch (name) {
      case "qm", "pct" -> first.equals("config");
      case "zfs", "zpool" -> first.equals("get");
      case "systemctl" -> first.equals("is-enabled") || first.equals("cat");
      case "proxmox-boot-tool" -> first.equals("status");
      default -> false;
    };
  }
}
