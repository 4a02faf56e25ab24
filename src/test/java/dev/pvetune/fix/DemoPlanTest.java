package dev.pvetune.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.bundle.BundleReader;
import dev.pvetune.cli.Audit;
import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Finding;
import dev.pvetune.rules.FixAction;
import dev.pvetune.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan for the built-in example, planned and then run against stubs seeded from its bundle. */
class DemoPlanTest {
  private static final Path DEMO = Path.of("src/main/resources/dev/pvetune/demo");
  private static AuditResult result;
  private static FixPlan plan;

  @TempDir Path dir;

  @BeforeAll
  static void audit() {
    result = Audit.run(new BundleReader().demo());
    plan = FixPlanner.plan(result, FixSelection.all());
  }

  @Test
  void everyAutomatableFixIsInExactlyOneStepAndEveryManualOneInTheManualSection() {
    for (Finding f : result.findings()) {
      for (FixAction fix : f.fixes()) {
        FindingRef ref = new FindingRef(f.rule().id(), f.severity(), f.resource(), fix.summary());
        if (fix.change() instanceof Change.Manual) {
          assertThat(plan.manual()).filteredOn(m -> m.finding().equals(ref)).hasSize(1);
        } else {
          assertThat(plan.steps()).as(ref.toString()).filteredOn(s -> s.findings().contains(ref)).hasSize(1);
        }
      }
    }
  }

  @Test
  void mergesAllOptionsOfOneDiskIntoOneCommand() {
    PlannedStep scsi0 = plan.steps().stream().filter(s -> s.resource().equals("VM 102 scsi0")).findFirst().orElseThrow();
    assertThat(scsi0.findings()).extracting(FindingRef::ruleId).containsExactly("DISK-001", "DISK-005", "DISK-006", "DISK-012");
    assertThat(scsi0.action()).isEqualTo(new Action.SetDrive(dev.pvetune.parse.pve.GuestKind.QEMU, 102, "scsi0",
        "tank-vm:vm-102-disk-0,aio=native,cache=writeback,size=64G", "tank-vm:vm-102-disk-0,size=64G,discard=on"));
    PlannedStep arc = plan.steps().stream().filter(s -> s.action() instanceof Action.SetArcLimits).findFirst().orElseThrow();
    assertThat(arc.findings()).extracting(FindingRef::ruleId).containsExactly("MEM-001", "MEM-002", "MEM-003", "MEM-008");
  }

  @Test
  void onlineStepsComeFirstThenBySeverity() {
    List<PlannedStep> steps = plan.steps();
    for (int i = 1; i < steps.size(); i++) {
      PlannedStep a = steps.get(i - 1);
      PlannedStep b = steps.get(i);
      assertThat(a.disruption().ordinal()).isLessThanOrEqualTo(b.disruption().ordinal());
      if (a.disruption() == b.disruption()) {
        assertThat(a.severity()).isLessThanOrEqualTo(b.severity());
      }
    }
    assertThat(steps.get(0).disruption()).isEqualTo(Disruption.ONLINE);
    assertThat(steps.get(steps.size() - 1).disruption()).isEqualTo(Disruption.RESTART);
  }

  @Test
  void selectionByRuleAndSeverity() {
    FixPlan only = FixPlanner.plan(result, new FixSelection(Set.of("dset-001"), Severity.INFO));
    assertThat(only.steps()).allSatisfy(s -> assertThat(s.findings()).extracting(FindingRef::ruleId).containsOnly("DSET-001")).hasSize(2);
    FixPlan high = FixPlanner.plan(result, new FixSelection(Set.of(), Severity.HIGH));
    assertThat(high.steps()).allSatisfy(s -> assertThat(s.severity()).isLessThanOrEqualTo(Severity.HIGH));
    assertThat(high.manual()).allSatisfy(m -> assertThat(m.finding().severity()).isLessThanOrEqualTo(Severity.HIGH));
  }

  @Test
  void dryRunListsEveryStepOnceThenApplyAndUndoRestoreTheNode() throws Exception {
    StubHost host = seed();
    Path script = dir.resolve("plan.sh");
    Files.writeString(script, ScriptWriter.write(plan, "test"));
    ScriptChecks.syntaxAndShellcheck(script);
    Map<String, String> before = host.snapshot();

    StubHost.Run dry = host.run(script);
    assertThat(dry.exit()).as(dry.toString()).isZero();
    int n = plan.steps().size();
    for (int i = 1; i <= n; i++) {
      String header = "[" + i + "/" + n + "] ";
      assertThat(dry.out().split(java.util.regex.Pattern.quote(header), -1)).as(header).hasSize(2);
    }
    assertThat(dry.out()).contains("Dry run: " + n + " step(s) would be applied, 0 skipped");
    assertThat(host.calls()).allSatisfy(c -> assertThat(HostileNamesScriptTest.isRead(c)).as(c.toString()).isTrue());
    assertThat(host.snapshot()).isEqualTo(before);

    StubHost.Run apply = host.run(script, "--apply", "--undo", "undo.sh");
    assertThat(apply.exit()).as(apply.toString()).isZero();
    assertThat(apply.out()).contains("Applied " + n + " step(s); 0 skipped");
    assertThat(host.read("/etc/modprobe.d/zfs.conf")).isEqualTo("options zfs zfs_arc_max=1073741824 zfs_arc_min=268435456\n");
    assertThat(host.read("/etc/modprobe.d/vfio.conf")).isEqualTo(Files.readString(DEMO.resolve("files/etc/modprobe.d/vfio.conf")));
    assertThat(Files.readString(host.state.resolve("qm/102.conf")))
        .contains("scsi0: tank-vm:vm-102-disk-0,size=64G,discard=on\n", "scsihw: virtio-scsi-single\n");

    StubHost.Run undo = host.run(dir.resolve("undo.sh"));
    assertThat(undo.exit()).as(undo.toString()).isZero();
    assertThat(host.snapshot()).isEqualTo(before);
  }

  /** The stub node holds the example's guest configs, datasets, storage.cfg and module settings. */
  private StubHost seed() throws IOException {
    StubHost host = new StubHost(dir, "pve1");
    for (String kind : List.of("qemu-server", "lxc")) {
      try (Stream<Path> confs = Files.list(DEMO.resolve("files/etc/pve/nodes/pve1/" + kind))) {
        for (Path conf : confs.toList()) {
          List<String> main = new ArrayList<>();
          for (String line : Files.readAllLines(conf)) {
            if (line.startsWith("[")) {
              break;
            }
            if (!line.startsWith("#") && !line.isBlank()) {
              main.add(line);
            }
          }
          host.guest(kind.equals("lxc") ? "pct" : "qm", Integer.parseInt(conf.getFileName().toString().replace(".conf", "")),
              String.join("\n", main) + "\n");
        }
      }
    }
    java.util.Set<String> changed = plan.steps().stream().map(PlannedStep::action)
        .filter(a -> a instanceof Action.SetZfsProperty).map(a -> ((Action.SetZfsProperty) a).property())
        .collect(java.util.stream.Collectors.toSet());
    for (String line : Files.readAllLines(DEMO.resolve("cmd/zfs-get.out"))) {
      String[] f = line.split("\t", 4);
      if (f.length == 4 && !f[0].contains("@") && changed.contains(f[1])) {
        host.zfs(f[0], f[1], f[2], f[3]);
      } else if (f.length == 4 && !f[0].contains("@")) {
        host.dataset(f[0]);
      }
    }
    host.file("/etc/pve/storage.cfg", Files.readString(DEMO.resolve("files/etc/pve/storage.cfg")));
    try (Stream<Path> files = Files.list(DEMO.resolve("files/etc/modprobe.d"))) {
      for (Path p : files.toList()) {
        host.file("/etc/modprobe.d/" + p.getFileName(), Files.readString(p));
      }
    }
    for (String p : List.of("zfs_arc_max", "zfs_arc_min")) {
      host.file("/sys/module/zfs/parameters/" + p, Files.readString(DEMO.resolve("files/sys/module/zfs/parameters/" + p)));
    }
    return host;
  }
}
