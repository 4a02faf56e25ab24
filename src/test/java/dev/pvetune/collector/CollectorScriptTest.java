package dev.pvetune.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collector script under dash, against a fake node (fixture sysroot and stub commands). */
class CollectorScriptTest {
  private static final String SECRET = "PVETUNE-TEST-SECRET";

  private static final List<String> COMMAND_IDS =
      List.of(
          "pveversion", "zfs-version", "uname", "zpool-status-json", "zpool-status", "zpool-list",
          "zpool-get", "zfs-get", "zfs-snapshots", "zdb-config-0", "zdb-config-1", "lsblk",
          "zvol-links", "swapon", "timers", "dmidecode-memory", "pvesr-status", "ha-status");

  private static final List<String> FILES =
      List.of(
          "/etc/pve/storage.cfg",
          "/etc/pve/datacenter.cfg",
          "/etc/pve/replication.cfg",
          "/etc/pve/jobs.cfg",
          "/etc/pve/vzdump.cron",
          "/etc/pve/ha/resources.cfg",
          "/etc/pve/.members",
          "/etc/pve/nodes/pve1/qemu-server/100.conf",
          "/etc/pve/nodes/pve1/qemu-server/101.conf",
          "/etc/pve/nodes/pve2/qemu-server/200.conf",
          "/etc/pve/nodes/pve1/lxc/105.conf",
          "/etc/modprobe.d/pve-blacklist.conf",
          "/etc/modprobe.d/zfs.conf",
          "/etc/zfs/zed.d/zed.rc",
          "/etc/cron.d/zfsutils-linux",
          "/etc/crontab",
          "/etc/cron.d/e2scrub_all",
          "/var/spool/cron/crontabs/root",
          "/usr/lib/zfs-linux/trim",
          "/usr/lib/zfs-linux/scrub",
          "/proc/meminfo",
          "/proc/swaps",
          "/proc/mounts",
          "/proc/sys/vm/swappiness",
          "/proc/spl/kstat/zfs/arcstats",
          "/sys/module/zfs/version",
          "/sys/module/zfs/parameters/zfs_arc_max",
          "/sys/module/zfs/parameters/zfs_arc_min",
          "/sys/module/zfs/parameters/zfs_prefetch_disable",
          "/sys/module/zfs/parameters/zfs_txg_timeout",
          "/sys/block/nvme0n1/queue/rotational",
          "/sys/block/sda/queue/rotational",
          "/sys/block/zd0/queue/rotational",
          "/sys/block/zd16/queue/rotational",
          "/sys/block/zd0/stat",
          "/sys/block/zd16/stat",
          "/var/lib/pve-manager/pve-replication-state.json",
          "/etc/hostname",
          "/etc/os-release");

  @TempDir Path temp;
  private CollectorSandbox sandbox;

  @BeforeEach
  void setUp() throws IOException {
    sandbox = CollectorSandbox.create(temp);
  }

  @Test
  void manifestDescribesTheNodeAndTheRun() throws IOException {
    CollectedBundle bundle = sandbox.run().bundle();
    JsonNode manifest = bundle.manifest();

    assertThat(manifest.get("format").asText()).isEqualTo("pvetune-bundle");
    assertThat(manifest.get("version").asInt()).isEqualTo(1);
    assertThat(manifest.get("collector").asText()).isEqualTo(projectVersion());
    assertThat(manifest.get("node").asText()).isEqualTo("pve1");
    assertThat(manifest.get("sysroot").asText()).isEqualTo(sandbox.sysroot.toRealPath().toString());
    String collectedAt = manifest.get("collectedAt").asText();
    assertThat(collectedAt).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    assertThat(bundle.top()).isEqualTo("pvetune-pve1-" + collectedAt.replace("-", "").replace(":", "") + "/");
  }

  @Test
  void runsEveryCommandOfTheContractAndKeepsItsOutput() throws IOException {
    CollectedBundle bundle = sandbox.run().bundle();

    List<String> ids = new ArrayList<>();
    bundle.manifest().get("commands").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(COMMAND_IDS);
    for (String id : COMMAND_IDS) {
      JsonNode command = bundle.requireCommand(id);
      assertThat(command.get("stdout").asText()).isEqualTo("cmd/" + id + ".out");
      assertThat(command.get("stderr").asText()).isEqualTo("cmd/" + id + ".err");
      assertThat(bundle.has("cmd/" + id + ".out")).as(id + " stdout").isTrue();
      assertThat(bundle.has("cmd/" + id + ".err")).as(id + " stderr").isTrue();
      assertThat(command.get("seconds").isNumber()).as(id + " seconds").isTrue();
      assertThat(command.get("seconds").asDouble()).isGreaterThanOrEqualTo(0.0);
      JsonNode attempts = command.get("attempts");
      JsonNode last = attempts.get(attempts.size() - 1);
      assertThat(last.get("argv")).isEqualTo(command.get("argv"));
      assertThat(last.get("exit")).isEqualTo(command.get("exit"));
    }

    assertThat(bundle.argv("pveversion")).containsExactly("pveversion", "-v");
    assertThat(bundle.stdout("pveversion")).startsWith("proxmox-ve: 8.2.0").contains("zfsutils-linux: 2.2.6-pve1");
    assertThat(bundle.stdout("zfs-version")).isEqualTo("zfs-2.2.6-pve1\nzfs-kmod-2.2.6-pve1\n");
    assertThat(bundle.stdout("uname")).isEqualTo("6.8.12-4-pve\n");
    assertThat(bundle.stdout("zpool-status")).isEqualTo(stubData("zpool-status.txt"));
    assertThat(bundle.argv("zpool-status")).containsExactly("zpool", "status", "-Pp");
    assertThat(bundle.stdout("zpool-list")).isEqualTo(stubData("zpool-list.txt"));
    assertThat(bundle.stdout("zpool-get")).isEqualTo(stubData("zpool-get.txt"));
    assertThat(bundle.argv("zfs-get"))
        .containsExactly("zfs", "get", "-Hp", "-t", "filesystem,volume", "-o", "name,property,value,source", "all");
    assertThat(bundle.stdout("zfs-get")).isEqualTo(stubData("zfs-get.txt"));
    assertThat(bundle.stdout("zfs-snapshots")).isEqualTo(stubData("zfs-snapshots.txt"));
    assertThat(bundle.argv("zdb-config-0")).containsExactly("zdb", "-C", "rpool");
    assertThat(bundle.stdout("zdb-config-0")).contains("name: 'rpool'").contains("ashift: 12");
    assertThat(bundle.argv("zdb-config-1")).containsExactly("zdb", "-C", "tank");
    assertThat(bundle.stdout("zdb-config-1")).contains("name: 'tank'").contains("ashift: 9");
    assertThat(bundle.argv("lsblk")).containsExactly("lsblk", "-J", "-b", "-O");
    assertThat(bundle.stdout("lsblk")).isEqualTo(stubData("lsblk.json"));
    assertThat(bundle.stdout("swapon")).isEqualTo("/dev/zd16 partition 8589930496 327680000 -2\n");
    assertThat(bundle.stdout("timers")).contains("fstrim.timer");
    assertThat(bundle.stdout("dmidecode-memory")).contains("Error Correction Type: Multi-bit ECC");
    assertThat(bundle.stdout("pvesr-status")).contains("100-0");
  }

  @Test
  void zvolLinksMapEveryLinkToItsDevice() throws IOException {
    CollectedBundle bundle = sandbox.run().bundle();

    assertThat(bundle.requireCommand("zvol-links").get("exit").asInt()).isZero();
    assertThat(bundle.stdout("zvol-links"))
        .isEqualTo(
            "/dev/zvol/rpool/data/vm-100-disk-0\t/dev/zd0\n"
                + "/dev/zvol/rpool/data/vm-100-disk-0-part1\t/dev/zd0p1\n"
                + "/dev/zvol/tank/vm/vm-101-disk-0\t/dev/zd16\n");
  }

  @Test
  void noZvolDirectoryMeansNoZvols() throws IOException {
    CollectorSandbox.shell("rm -rf \"$1\"", sandbox.sysroot.resolve("dev").toString());

    CollectedBundle bundle = sandbox.run().bundle();

    assertThat(bundle.requireCommand("zvol-links").get("exit").asInt()).isZero();
    assertThat(bundle.stdout("zvol-links")).isEmpty();
  }

  @Test
  void failingCommandKeepsItsExitStatusAndStandardError() throws IOException {
    CollectorSandbox.Result result = sandbox.run();
    CollectedBundle bundle = result.bundle();

    JsonNode ha = bundle.requireCommand("ha-status");
    assertThat(ha.get("exit").asInt()).isEqualTo(111);
    assertThat(bundle.argv("ha-status")).containsExactly("ha-manager", "status");
    assertThat(bundle.stdout("ha-status")).isEmpty();
    assertThat(bundle.stderr("ha-status"))
        .startsWith("ipcc_send_rec[1] failed: Connection refused\n")
        .endsWith("Unable to load access control list: Connection refused\n");
    JsonNode json = bundle.requireCommand("zpool-status-json");
    assertThat(json.get("exit").asInt()).isEqualTo(2);
    assertThat(bundle.stderr("zpool-status-json")).startsWith("invalid option 'j'");
    assertThat(result.exit()).isZero();
    assertThat(result.stderr()).contains("18 commands (2 failed)");
  }

  @Test
  void missingCommandIsRecordedWithStatus127AndCollectionGoesOn() throws IOException {
    sandbox.remove("pveversion");
    sandbox.remove("dmidecode");

    CollectorSandbox.Result result = sandbox.run();
    CollectedBundle bundle = result.bundle();

    assertThat(bundle.requireCommand("pveversion").get("exit").asInt()).isEqualTo(127);
    assertThat(bundle.stderr("pveversion")).contains("pveversion").contains("No such file or directory");
    assertThat(bundle.stdout("pveversion")).isEmpty();
    assertThat(bundle.requireCommand("dmidecode-memory").get("exit").asInt()).isEqualTo(127);
    assertThat(bundle.requireCommand("zpool-status").get("exit").asInt()).isZero();
    assertThat(bundle.list("files")).contains("/etc/pve/storage.cfg");
  }

  @Test
  void fallbacksRunInOrderUntilOneSucceeds() throws IOException {
    // A zpool from before -p and JSON: status only with -P, list without checkpoint/expandsize,
    // get without -H (pools must be named), as ZFS on Linux 0.6 and zfs-fuse behave.
    sandbox.stub(
        "zpool",
        """
        case "$*" in
          "status -P") printf '  pool: rpool\\n state: ONLINE\\n' ;;
          "list -Hp -o name,size,allocated,free,fragmentation,capacity,dedupratio,health,altroot")
            printf 'rpool\\t1992864825344\\t214748364800\\t1778116460544\\t3\\t10\\t1.00\\tONLINE\\t-\\n' ;;
          "list -H -o name") printf 'rpool\\nold pool\\n' ;;
          "get all rpool old pool") printf 'NAME      PROPERTY  VALUE  SOURCE\\nrpool     ashift    12     local\\n' ;;
          *) printf "invalid option '%s'\\n" "$2" >&2; exit 2 ;;
        esac""");
    sandbox.stub(
        "zfs",
        """
        case "$*" in
          "get -Hp -o name,property,value,source all") printf 'rpool\\tused\\t1024\\t-\\n' ;;
          "list -H -t snapshot -o name,used,referenced,creation") printf 'rpool@a\\t0\\t96K\\tSun Nov 22  0:46 2026\\n' ;;
          *) printf "invalid option '%s'\\n" "$2" >&2; exit 2 ;;
        esac""");
    sandbox.remove("cat");
    sandbox.stub(
        "cat",
        "[ \"$*\" = /sys/module/zfs/version ] && { echo 0.6.5.11-1; exit 0; }\nexec "
            + RequiredTool.find("cat").orElseThrow()
            + " \"$@\"");
    sandbox.stub(
        "lsblk",
        """
        [ "$3" = -O ] && { echo "lsblk: invalid option -- 'O'" >&2; exit 1; }
        printf '{"blockdevices": []}\\n'""");

    CollectedBundle bundle = sandbox.run().bundle();

    assertThat(exits(bundle, "zpool-status")).containsExactly(2, 0);
    assertThat(bundle.argv("zpool-status")).containsExactly("zpool", "status", "-P");
    assertThat(bundle.stdout("zpool-status")).startsWith("  pool: rpool");
    assertThat(exits(bundle, "zpool-list")).containsExactly(2, 0);
    assertThat(bundle.argv("zpool-list")).contains("-Hp");
    assertThat(exits(bundle, "zpool-get")).containsExactly(2, 2, 0);
    assertThat(bundle.argv("zpool-get")).containsExactly("zpool", "get", "all", "rpool", "old pool");
    assertThat(bundle.stdout("zpool-get")).contains("ashift    12");
    assertThat(exits(bundle, "zfs-get")).containsExactly(2, 0);
    assertThat(bundle.argv("zfs-get")).containsExactly("zfs", "get", "-Hp", "-o", "name,property,value,source", "all");
    assertThat(exits(bundle, "zfs-snapshots")).containsExactly(2, 0);
    assertThat(bundle.argv("zfs-snapshots")).doesNotContain("-Hp");
    assertThat(exits(bundle, "lsblk")).containsExactly(1, 0);
    assertThat(bundle.argv("lsblk")).contains("NAME,KNAME,PATH,TYPE,SIZE,ROTA,MODEL,SERIAL,TRAN,WWN,PKNAME");
    assertThat(exits(bundle, "zfs-version")).containsExactly(2, 0);
    assertThat(bundle.argv("zfs-version")).containsExactly("cat", "/sys/module/zfs/version");
    assertThat(bundle.stdout("zfs-version")).isEqualTo("0.6.5.11-1\n");
    assertThat(bundle.argv("zdb-config-1")).containsExactly("zdb", "-C", "old pool");
  }

  @Test
  void whenEveryFormFailsTheLastOneIsKept() throws IOException {
    sandbox.stub("zpool", "echo \"zpool: no such pool or dataset ($*)\" >&2\nexit 1");

    CollectedBundle bundle = sandbox.run().bundle();

    assertThat(exits(bundle, "zpool-status")).containsExactly(1, 1, 1);
    assertThat(bundle.argv("zpool-status")).containsExactly("zpool", "status");
    assertThat(bundle.stderr("zpool-status")).isEqualTo("zpool: no such pool or dataset (status)\n");
    assertThat(exits(bundle, "zpool-get")).containsExactly(1, 1);
    assertThat(bundle.command("zdb-config-0")).isEmpty();
  }

  @Test
  void openZfs23StatusIsCollectedAsJson() throws IOException {
    CollectedBundle bundle = sandbox.run(Map.of("PVETUNE_STUB_OPENZFS", "2.3")).bundle();

    assertThat(bundle.requireCommand("zpool-status-json").get("exit").asInt()).isZero();
    assertThat(bundle.argv("zpool-status-json")).containsExactly("zpool", "status", "-jp", "--json-int");
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(bundle.stdout("zpool-status-json"))
            .at("/pools/rpool/state").asText())
        .isEqualTo("ONLINE");
  }

  @Test
  void hungCommandIsStoppedAfterTheTimeoutAndEndsItsChain() throws IOException {
    Files.move(sandbox.bin.resolve("zpool"), sandbox.bin.resolve("zpool-2.2"));
    sandbox.stub("zpool", "[ \"$*\" = \"status -Pp\" ] && exec sleep 600\nexec \"${0%/*}/zpool-2.2\" \"$@\"");

    CollectorSandbox.Result result = sandbox.run(Map.of("PVETUNE_CMD_TIMEOUT", "2"));
    CollectedBundle bundle = result.bundle();

    JsonNode status = bundle.requireCommand("zpool-status");
    assertThat(status.get("exit").asInt()).isEqualTo(124);
    assertThat(status.get("attempts")).hasSize(1);
    assertThat(bundle.requireCommand("zpool-list").get("exit").asInt()).isZero();
    assertThat(bundle.stdout("zpool-list")).isEqualTo(stubData("zpool-list.txt"));
  }

  @Test
  void commandThatIgnoresTermIsKilled() throws IOException {
    sandbox.stub("dmidecode", "trap '' TERM\nsleep 600");

    CollectedBundle bundle = sandbox.run(Map.of("PVETUNE_CMD_TIMEOUT", "1")).bundle();

    assertThat(bundle.requireCommand("dmidecode-memory").get("exit").asInt()).isEqualTo(137);
    assertThat(bundle.requireCommand("pvesr-status").get("exit").asInt()).isZero();
  }

  @Test
  void commandsRunWithTheCLocaleAndWithoutStandardInput() throws IOException {
    sandbox.stub("uname", "printf '%s\\n' \"$LC_ALL\"\ncat");

    CollectedBundle bundle =
        sandbox.run(Map.of("LANG", "de_DE.UTF-8", "LC_ALL", "de_DE.UTF-8")).bundle();

    assertThat(bundle.requireCommand("uname").get("exit").asInt()).isZero();
    assertThat(bundle.stdout("uname")).isEqualTo("C\n");
  }

  @Test
  void scriptPipedToAShellIsNotEatenByItsCommands() throws IOException {
    // `pvetune audit --ssh` feeds the script to `sh -s`: a command reading stdin would swallow it.
    sandbox.stub("uname", "cat\nprintf '6.8.12-4-pve\\n'");

    CollectorSandbox.Result result = sandbox.runFromStandardInput();
    CollectedBundle bundle = result.bundle();

    assertThat(bundle.stdout("uname")).isEqualTo("6.8.12-4-pve\n");
    assertThat(bundle.command("ha-status")).isPresent();
    assertThat(bundle.list("files")).contains("/etc/os-release");
  }

  @Test
  void copiesExactlyTheWhitelistedFiles() throws IOException {
    CollectedBundle bundle = sandbox.run().bundle();

    assertThat(bundle.list("files")).containsExactlyInAnyOrderElementsOf(FILES);
    assertThat(bundle.list("files")).doesNotHaveDuplicates();
    assertThat(bundle.list("missing")).containsExactly("/etc/cron.d/dangling");
    assertThat(bundle.list("truncated")).isEmpty();
    for (String file : FILES) {
      assertThat(bundle.bytes("files" + file))
          .as(file)
          .isEqualTo(Files.readAllBytes(sandbox.sysroot.resolve(file.substring(1))));
    }
    Set<String> expected = new HashSet<>();
    expected.add("manifest.json");
    FILES.forEach(f -> expected.add("files" + f));
    COMMAND_IDS.forEach(id -> expected.addAll(List.of("cmd/" + id + ".out", "cmd/" + id + ".err")));
    Set<String> regular = new HashSet<>();
    for (TarGz.Entry entry : bundle.entries()) {
      if (entry.type() == '0') {
        regular.add(entry.name().substring(bundle.top().length()));
      }
    }
    assertThat(regular).isEqualTo(expected);
  }

  @Test
  void absentFilesAndEmptyGlobsAreListedAsMissing() throws IOException {
    Files.delete(sandbox.sysroot.resolve("etc/pve/replication.cfg"));
    Files.delete(sandbox.sysroot.resolve("etc/pve/nodes/pve1/lxc/105.conf"));
    CollectorSandbox.shell("rm -rf \"$1\"", sandbox.sysroot.resolve("sys/module").toString());

    CollectedBundle bundle = sandbox.run().bundle();

    assertThat(bundle.list("missing"))
        .containsExactly(
            "/etc/pve/replication.cfg",
            "/etc/pve/nodes/*/lxc/*.conf",
            "/etc/cron.d/dangling",
            "/sys/module/zfs/version",
            "/sys/module/zfs/parameters/*");
    assertThat(bundle.list("files")).doesNotContain("/etc/pve/replication.cfg");
    assertThat(bundle.has("files/etc/pve/replication.cfg")).isFalse();
  }

  @Test
  void neverCollectsSecretsNorFollowsLinksOutOfTheWhitelist() throws IOException {
    CollectorSandbox.Result result = sandbox.run();
    CollectedBundle bundle = result.bundle();

    for (TarGz.Entry entry : bundle.entries()) {
      assertThat(new String(entry.data(), StandardCharsets.ISO_8859_1)).as(entry.name()).doesNotContain(SECRET);
      assertThat(entry.name())
          .doesNotContain("/priv")
          .doesNotContain("user.cfg")
          .doesNotContain("token.cfg")
          .doesNotContain("shadow.cfg")
          .doesNotEndWith(".key")
          .doesNotEndWith(".pem")
          .doesNotEndWith(".pw")
          .doesNotEndWith(".enc")
          .doesNotEndWith(".keyring")
          .doesNotContain("pve3")
          .doesNotContain("evil")
          .doesNotContain("102.conf");
    }
    assertThat(bundle.list("missing")).noneMatch(path -> path.contains("priv") || path.endsWith(".key"));
    assertThat(result.stderr())
        .contains("leads outside the whitelist, not copied: /etc/modprobe.d/evil.conf")
        .contains("leads outside the whitelist, not copied: /etc/pve/nodes/pve3/qemu-server/999.conf")
        .contains("leads outside the whitelist, not copied: /etc/pve/nodes/pve1/qemu-server/102.conf")
        .contains("leads outside the whitelist, not copied: /sys/block/evil/queue/rotational")
        .contains("not a regular file, not copied: /etc/cron.d/fifo")
        .doesNotContain(SECRET);
  }

  @Test
  void secretsAreSkippedEvenWhenAGlobMatchesThemByName() throws IOException {
    sandbox.write("sys/module/zfs/parameters/wrapped.pem", SECRET + "\n");
    sandbox.write("sys/module/zfs/parameters/spl.keyring", SECRET + "\n");
    sandbox.write("etc/cron.d/token.cfg", SECRET + "\n");
    sandbox.link("etc/modprobe.d/token.cfg.conf", "../pve/token.cfg");

    CollectedBundle bundle = sandbox.run().bundle();

    for (TarGz.Entry entry : bundle.entries()) {
      assertThat(new String(entry.data(), StandardCharsets.ISO_8859_1)).as(entry.name()).doesNotContain(SECRET);
    }
    assertThat(bundle.list("files"))
        .noneMatch(path -> path.contains("token.cfg") || path.endsWith(".pem") || path.endsWith(".keyring"));
  }

  @Test
  void filesOverTheSizeCapAreNotCopiedButListed() throws IOException {
    int cap = 8 * 1024 * 1024;
    byte[] atCap = new byte[cap];
    Arrays.fill(atCap, (byte) 'a');
    Files.write(sandbox.sysroot.resolve("etc/pve/nodes/pve1/qemu-server/300.conf"), atCap);
    byte[] overCap = Arrays.copyOf(atCap, cap + 1);
    Files.write(sandbox.sysroot.resolve("etc/pve/nodes/pve1/qemu-server/301.conf"), overCap);

    CollectorSandbox.Result result = sandbox.run();
    CollectedBundle bundle = result.bundle();

    assertThat(bundle.list("files")).contains("/etc/pve/nodes/pve1/qemu-server/300.conf");
    assertThat(bundle.bytes("files/etc/pve/nodes/pve1/qemu-server/300.conf")).hasSize(cap);
    assertThat(bundle.list("truncated")).containsExactly("/etc/pve/nodes/pve1/qemu-server/301.conf");
    assertThat(bundle.list("files")).doesNotContain("/etc/pve/nodes/pve1/qemu-server/301.conf");
    assertThat(bundle.has("files/etc/pve/nodes/pve1/qemu-server/301.conf")).isFalse();
    assertThat(result.stderr()).contains("1 over the size cap");
  }

  @Test
  void strangeNamesAreEscapedIntoValidJson() throws IOException {
    // Made by the shell: the JVM may run with an ASCII file name encoding.
    String strange = "we\"ird\\ name\t\n\u0001é";
    CollectorSandbox.shell(
        """
        for name in "$(printf 'we"ird\\\\ name\\t\\n\\001\\303\\251')" "$(printf 'bad\\377name')"; do
          mkdir -p "$1/$name/qemu-server"
        done
        echo 'cores: 1' > "$1/$(printf 'we"ird\\\\ name\\t\\n\\001\\303\\251')/qemu-server/1.conf"
        echo 'cores: 2' > "$1/$(printf 'bad\\377name')/qemu-server/2.conf"
        """,
        sandbox.sysroot.resolve("etc/pve/nodes").toString());
    Path pools = sandbox.dir.resolve("pools");
    Files.writeString(pools, "rpool\ntank \"x\"\\y\u001f\n");
    Files.writeString(sandbox.sysroot.resolve("etc/hostname"), "pve\"odd\"\\1.example.com\n");

    CollectedBundle bundle = sandbox.run(Map.of("PVETUNE_STUB_POOLS", pools.toString())).bundle();

    assertThat(bundle.manifest().get("node").asText()).isEqualTo("pve\"odd\"\\1");
    assertThat(bundle.top()).startsWith("pvetune-pve_odd__1-");
    assertThat(bundle.list("files"))
        .contains("/etc/pve/nodes/" + strange + "/qemu-server/1.conf")
        .contains("/etc/pve/nodes/bad\u00ffname/qemu-server/2.conf");
    assertThat(bundle.text("files/etc/pve/nodes/" + strange + "/qemu-server/1.conf")).isEqualTo("cores: 1\n");
    byte[] badName = "files/etc/pve/nodes/bad\u00ffname/qemu-server/2.conf".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(bundle.entries())
        .anySatisfy(entry -> assertThat(entry.rawName()).endsWith(badName));
    assertThat(bundle.argv("zdb-config-1")).containsExactly("zdb", "-C", "tank \"x\"\\y\u001f");
    assertThat(bundle.requireCommand("zdb-config-1").get("exit").asInt()).isEqualTo(1);
    String manifest = bundle.text("manifest.json");
    assertThat(manifest).contains("\\u001f").contains("\\u0001").contains("\\t").contains("\\n").contains("é");
  }

  @Test
  void writesToTheFileGivenWithDashO() throws IOException {
    Path target = sandbox.dir.resolve("node bundle.tar.gz");

    CollectorSandbox.Result result = sandbox.run("-o", target.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).contains("written to " + target);
    CollectedBundle bundle = CollectedBundle.read(target);
    assertThat(bundle.manifest().get("node").asText()).isEqualTo("pve1");
  }

  @Test
  void unwritableOutputFailsWithoutLeavingAFile() throws IOException {
    Path target = sandbox.dir.resolve("no-such-dir/bundle.tar.gz");

    CollectorSandbox.Result result = sandbox.run("-o", target.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.stderr()).contains("cannot write " + target);
    assertThat(target).doesNotExist();
    assertThat(sandbox.tmp).isEmptyDirectory();
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    sandbox.run().bundle();

    assertThat(sandbox.tmp).isEmptyDirectory();
  }

  @Test
  void sysrootOptionWinsOverTheEnvironment() throws IOException {
    Path other = sandbox.dir.resolve("other-root");
    Files.createDirectories(other.resolve("etc"));
    Files.writeString(other.resolve("etc/hostname"), "pve9\n");

    CollectedBundle bundle = sandbox.run("--sysroot", other.toString()).bundle();

    assertThat(bundle.manifest().get("node").asText()).isEqualTo("pve9");
    assertThat(bundle.manifest().get("sysroot").asText()).isEqualTo(other.toRealPath().toString());
    assertThat(bundle.list("files")).containsExactly("/etc/hostname");
    assertThat(bundle.list("missing")).contains("/etc/pve/storage.cfg", "/proc/meminfo");
  }

  @Test
  void printsItsVersionAndHelp() throws IOException {
    CollectorSandbox.Result version = sandbox.run("--version");
    CollectorSandbox.Result help = sandbox.run("-h");

    assertThat(version.exit()).isZero();
    assertThat(new String(version.stdout(), StandardCharsets.UTF_8)).isEqualTo("pvetune-collect " + projectVersion() + "\n");
    assertThat(help.exit()).isZero();
    assertThat(new String(help.stdout(), StandardCharsets.UTF_8)).contains("-o FILE").contains("--sysroot DIR");
  }

  @Test
  void rejectsBadUsageWithStatus2() throws IOException {
    assertUsageError(sandbox.run("--bogus"), "unknown option: --bogus");
    assertUsageError(sandbox.run("extra"), "unexpected argument: extra");
    assertUsageError(sandbox.run("-o"), "option -o needs a file name");
    assertUsageError(sandbox.run("--sysroot", "/nonexistent/pvetune"), "sysroot is not a directory");
    assertUsageError(sandbox.run(Map.of("PVETUNE_CMD_TIMEOUT", "soon")), "PVETUNE_CMD_TIMEOUT must be a number");
  }

  private static void assertUsageError(CollectorSandbox.Result result, String message) {
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).contains("pvetune-collect: " + message);
  }

  private static List<Integer> exits(CollectedBundle bundle, String id) {
    List<Integer> exits = new ArrayList<>();
    bundle.requireCommand(id).get("attempts").forEach(a -> exits.add(a.get("exit").asInt()));
    return exits;
  }

  private static String stubData(String name) throws IOException {
    return Files.readString(CollectorSandbox.resource("stubs/data/" + name));
  }

  static String projectVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>pvetune</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).as("project version in pom.xml").isTrue();
    return m.group(1);
  }
}
