package dev.pvetune.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector against real ZFS (zfs-fuse): every command zfs-fuse knows produces output, and
 * where it lacks the newer flags the fallback chain reaches a form it accepts.
 */
class ZfsFuseCollectorTest {
  @TempDir static Path work;
  private static ZfsFuseBundle fixture;
  private static CollectedBundle bundle;

  @BeforeAll
  static void collect() throws IOException, InterruptedException {
    fixture = ZfsFuseBundle.create(work);
    bundle = CollectedBundle.read(fixture.bundle());
  }

  @AfterAll
  static void cleanUp() throws IOException, InterruptedException {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void manifestIsValid() {
    JsonNode manifest = bundle.manifest();
    assertThat(manifest.get("format").asText()).isEqualTo("pvetune-bundle");
    assertThat(manifest.get("version").asInt()).isEqualTo(1);
    assertThat(manifest.get("node").asText()).isEqualTo("pve1");
    assertThat(bundle.list("files")).contains("/etc/pve/storage.cfg", "/etc/pve/nodes/pve1/lxc/105.conf");
    assertThat(bundle.text("files/etc/pve/storage.cfg")).contains("\tpool " + fixture.raidzPool() + "/data\n");
    assertThat(fixture.collectorMessages()).contains("18 commands");
  }

  @Test
  void statusFallsBackToThePlainForm() {
    assertThat(exits("zpool-status")).containsExactly(2, 2, 0);
    assertThat(bundle.argv("zpool-status")).containsExactly("zpool", "status");
    assertThat(bundle.stdout("zpool-status"))
        .contains("  pool: " + fixture.mirrorPool() + "\n")
        .contains("  pool: " + fixture.raidzPool() + "\n")
        .contains("mirror-0")
        .contains("raidz1-0")
        .contains("vdevs/m0")
        .contains("vdevs/r2");
    assertThat(bundle.requireCommand("zpool-status-json").get("exit").asInt()).isEqualTo(2);
    assertThat(bundle.stderr("zpool-status-json")).contains("invalid option 'j'");
  }

  @Test
  void listFallsBackToTheOldestColumns() {
    assertThat(exits("zpool-list")).containsExactly(2, 2, 0);
    assertThat(bundle.argv("zpool-list")).containsExactly("zpool", "list", "-H", "-o", "name,size,allocated,free,capacity,health,altroot");
    assertThat(bundle.stdout("zpool-list"))
        .containsPattern("(?m)^" + fixture.mirrorPool() + "\t\\S+\t\\S+\t\\S+\t\\d+%\tONLINE\t-$")
        .containsPattern("(?m)^" + fixture.raidzPool() + "\t\\S+\t\\S+\t\\S+\t\\d+%\tONLINE\t-$");
  }

  @Test
  void poolPropertiesAreReadWithThePoolsNamed() {
    assertThat(exits("zpool-get")).containsExactly(2, 2, 0);
    List<String> argv = bundle.argv("zpool-get");
    assertThat(argv.subList(0, 3)).containsExactly("zpool", "get", "all");
    assertThat(argv.subList(3, argv.size())).contains(fixture.mirrorPool(), fixture.raidzPool());
    assertThat(bundle.stdout("zpool-get"))
        .containsPattern("(?m)^" + fixture.mirrorPool() + " +version +23 ")
        .containsPattern("(?m)^" + fixture.raidzPool() + " +health +ONLINE ");
  }

  @Test
  void datasetPropertiesAreExactNumbersWithoutTypeFilter() {
    assertThat(exits("zfs-get")).containsExactly(2, 0);
    assertThat(bundle.argv("zfs-get")).containsExactly("zfs", "get", "-Hp", "-o", "name,property,value,source", "all");
    String raidz = fixture.raidzPool();
    assertThat(bundle.stdout("zfs-get"))
        .contains(raidz + "/data\tcompression\ton\tlocal\n")
        .contains(raidz + "/data\tatime\toff\tlocal\n")
        .contains(raidz + "/data\tpvetune:role\tct\tlocal\n")
        .contains(raidz + "/data/subvol-105-disk-0\trecordsize\t16384\tlocal\n")
        .contains(fixture.mirrorPool() + "/backup\tcopies\t2\tlocal\n")
        .contains(raidz + "/data/subvol-105-disk-0@before upgrade\ttype\tsnapshot\t-\n");
  }

  @Test
  void snapshotsAreListedWithoutLiteralNumbers() {
    assertThat(exits("zfs-snapshots")).containsExactly(2, 0);
    assertThat(bundle.argv("zfs-snapshots")).containsExactly("zfs", "list", "-H", "-t", "snapshot", "-o", "name,used,referenced,creation");
    assertThat(bundle.stdout("zfs-snapshots"))
        .containsPattern("(?m)^" + fixture.raidzPool() + "/data/subvol-105-disk-0@before upgrade\t\\S+\t\\S+\t\\w{3} \\w{3} [ \\d]\\d +\\d+:\\d\\d \\d{4}$")
        .contains(fixture.mirrorPool() + "/backup@daily-1\t");
  }

  @Test
  void zdbShowsEveryPoolsVdevTreeWithAshift() {
    JsonNode mirror = zdbFor(fixture.mirrorPool());
    JsonNode raidz = zdbFor(fixture.raidzPool());
    assertThat(mirror.get("exit").asInt()).isZero();
    assertThat(raidz.get("exit").asInt()).isZero();
    assertThat(bundle.text(mirror.get("stdout").asText()))
        .contains("name: '" + fixture.mirrorPool() + "'")
        .contains("type: 'mirror'")
        .containsPattern("ashift: \\d+");
    assertThat(bundle.text(raidz.get("stdout").asText()))
        .contains("type: 'raidz'")
        .contains("nparity: 1")
        .containsPattern("ashift: \\d+");
  }

  @Test
  void zfsVersionIsNotAvailableFromZfsFuse() {
    // zfs-fuse has no `zfs version` and no kernel module: recorded as failed, never guessed.
    assertThat(exits("zfs-version").get(0)).isEqualTo(2);
    assertThat(bundle.requireCommand("zfs-version").get("attempts")).hasSize(2);
  }

  @Test
  void bundleFileIsAFreshTarGz() throws IOException {
    assertThat(Files.size(fixture.bundle())).isPositive();
    assertThat(bundle.top()).startsWith("pvetune-pve1-");
  }

  private JsonNode zdbFor(String pool) {
    for (JsonNode command : bundle.manifest().get("commands")) {
      if (command.get("id").asText().startsWith("zdb-config-")
          && CollectedBundle.strings(command.get("argv")).equals(List.of("zdb", "-C", pool))) {
        return command;
      }
    }
    throw new AssertionError("no zdb -C for pool " + pool);
  }

  @Test
  void pvetuneAuditsTheCollectedBundle() throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = dev.pvetune.cli.Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
        "audit", "--bundle", fixture.bundle().toString(), "--format", "json");
    assertThat(exit).as("stderr: %s", err).isIn(0, 1);
    JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertThat(report.path("source").path("origin").asText()).isEqualTo(fixture.bundle().toString());
    List<String> skipped = new ArrayList<>();
    report.path("notEvaluated").forEach(n -> skipped.add(n.path("rule").asText()));
    assertThat(skipped).as("pool rules read zfs-fuse's zpool status and list").doesNotContain("POOL-001", "POOL-003");

    var inventory = dev.pvetune.model.build.InventoryBuilder.build(new dev.pvetune.bundle.BundleReader().open(fixture.bundle()));
    assertThat(inventory.pools()).extracting(dev.pvetune.model.Pool::name).contains(fixture.mirrorPool(), fixture.raidzPool());
    var mirror = inventory.pool(fixture.mirrorPool()).orElseThrow();
    assertThat(mirror.health()).isEqualTo("ONLINE");
    assertThat(mirror.dataVdevs()).singleElement().satisfies(v -> {
      assertThat(v.type()).isEqualTo(dev.pvetune.model.VdevType.MIRROR);
      assertThat(v.children()).hasSize(2);
      assertThat(v.ashift()).as("ashift from zdb -C").isPresent();
    });
    var raidz = inventory.pool(fixture.raidzPool()).orElseThrow();
    assertThat(raidz.dataVdevs()).singleElement().satisfies(v -> {
      assertThat(v.type()).isEqualTo(dev.pvetune.model.VdevType.RAIDZ);
      assertThat(v.parity()).isEqualTo(1);
    });
    assertThat(raidz.capacityPercent()).isPresent();
    assertThat(inventory.dataset(fixture.raidzPool() + "/data/subvol-105-disk-0")).isPresent();
    assertThat(inventory.storages()).extracting(dev.pvetune.model.Storage::id).isNotEmpty();
  }

  private static List<Integer> exits(String id) {
    List<Integer> exits = new ArrayList<>();
    bundle.requireCommand(id).get("attempts").forEach(a -> exits.add(a.get("exit").asInt()));
    return exits;
  }
}
