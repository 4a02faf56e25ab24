package dev.pvetune.parse.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ZpoolStatusParserTest {
  private static final String FILE = "cmd/zpool-status.out";

  private static PoolStatus only(String fixture) {
    Parsed<List<PoolStatus>> parsed = ZpoolStatusParser.parse(Fixtures.read(fixture), FILE);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.value()).hasSize(1);
    return parsed.value().get(0);
  }

  private static Map<String, PoolStatus> forms() {
    Parsed<List<PoolStatus>> parsed =
        ZpoolStatusParser.parse(Fixtures.read("zfs/zpool-status-forms.out"), FILE);
    assertThat(parsed.diagnostics()).isEmpty();
    return parsed.value().stream().collect(Collectors.toMap(PoolStatus::name, Function.identity()));
  }

  @Test
  void installerMirrorWithFinishedScrub() {
    PoolStatus rpool = only("zfs/zpool-status-rpool.out");

    assertThat(rpool.name()).isEqualTo("rpool");
    assertThat(rpool.state()).isEqualTo("ONLINE");
    assertThat(rpool.status()).isEmpty();
    assertThat(rpool.line()).isEqualTo(1);
    ScanActivity scan = rpool.scrub().orElseThrow();
    assertThat(scan.state()).isEqualTo(ScanState.FINISHED);
    assertThat(scan.processed()).contains(Quantity.exact(0));
    assertThat(scan.duration()).contains(Duration.ofMinutes(3).plusSeconds(41));
    assertThat(scan.errors()).contains(0L);
    assertThat(scan.ended()).contains(Instant.parse("2025-08-10T00:27:42Z"));
    assertThat(scan.progress()).isEmpty();
    assertThat(scan.line()).isEqualTo(3);

    StatusVdev root = rpool.root().orElseThrow();
    assertThat(root.name()).isEqualTo("rpool");
    assertThat(root.type()).contains("root");
    StatusVdev mirror = root.children().get(0);
    assertThat(mirror.name()).isEqualTo("mirror-0");
    assertThat(mirror.type()).contains("mirror");
    assertThat(mirror.isLeaf()).isFalse();
    assertThat(mirror.children())
        .extracting(StatusVdev::name)
        .containsExactly(
            "/dev/disk/by-id/nvme-SAMSUNG_MZQL2960HCJR-00A07_S64FNE0T301122-part3",
            "/dev/disk/by-id/nvme-SAMSUNG_MZQL2960HCJR-00A07_S64FNE0T301187-part3");
    StatusVdev leaf = mirror.children().get(0);
    assertThat(leaf.isLeaf()).isTrue();
    assertThat(leaf.readErrors()).contains(Quantity.exact(0));
    assertThat(leaf.line()).isEqualTo(9);
    assertThat(rpool.classVdevs()).isEmpty();
    assertThat(rpool.errors().orElseThrow().count()).contains(0L);
    assertThat(rpool.errors().orElseThrow().any()).isFalse();
  }

  @Test
  void localTimesTakeTheHostZone() {
    PoolStatus rpool =
        ZpoolStatusParser.parse(
                Fixtures.read("zfs/zpool-status-rpool.out"), FILE, ZoneId.of("Europe/Berlin"))
            .value()
            .get(0);

    assertThat(rpool.scrub().orElseThrow().ended())
        .contains(Instant.parse("2025-08-09T22:27:42Z"));
  }

  @Test
  void degradedRaidz2WithSpecialLogCacheAndSpares() {
    PoolStatus tank = only("zfs/zpool-status-tank.out");

    assertThat(tank.state()).isEqualTo("DEGRADED");
    assertThat(tank.status())
        .contains(
            "One or more devices is currently being resilvered.  The pool will continue to"
                + " function, possibly in a degraded state.");
    assertThat(tank.action()).contains("Wait for the resilver to complete.");

    StatusVdev raidz = tank.root().orElseThrow().children().get(0);
    assertThat(raidz.name()).isEqualTo("raidz2-0");
    assertThat(raidz.parity()).isEqualTo(OptionalInt.of(2));
    assertThat(raidz.children()).hasSize(6);
    StatusVdev spare = raidz.children().get(2);
    assertThat(spare.name()).isEqualTo("spare-2");
    assertThat(spare.type()).contains("spare");
    StatusVdev faulted = spare.children().get(0);
    assertThat(faulted.state()).isEqualTo("FAULTED");
    assertThat(faulted.readErrors()).contains(Quantity.exact(12));
    assertThat(faulted.writeErrors()).contains(new Quantity(1044, false));
    assertThat(faulted.note()).contains("too many errors");
    assertThat(faulted.hasErrors()).isTrue();
    assertThat(spare.children().get(1).isResilvering()).isTrue();
    assertThat(raidz.children().get(5).checksumErrors()).contains(Quantity.exact(3));

    assertThat(tank.classVdevs())
        .extracting(StatusVdev::name, StatusVdev::vdevClass)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mirror-1", VdevClass.SPECIAL),
            org.assertj.core.groups.Tuple.tuple("mirror-2", VdevClass.LOG),
            org.assertj.core.groups.Tuple.tuple(
                "/dev/disk/by-id/nvme-SAMSUNG_MZVL2512HCJQ-00B00_S675NX0T512345-part1",
                VdevClass.CACHE),
            org.assertj.core.groups.Tuple.tuple(
                "/dev/disk/by-id/ata-ST16000NM001G-2KK103_ZL2A9Z9Z-part1", VdevClass.SPARE));
    assertThat(tank.topLevelVdevs(VdevClass.SPECIAL).get(0).children())
        .allSatisfy(v -> assertThat(v.vdevClass()).isEqualTo(VdevClass.SPECIAL))
        .hasSize(2);
    StatusVdev inUse = tank.topLevelVdevs(VdevClass.SPARE).get(0);
    assertThat(inUse.state()).isEqualTo("INUSE");
    assertThat(inUse.readErrors()).isEmpty();
    assertThat(inUse.note()).contains("currently in use");
    assertThat(tank.topLevelVdevs()).hasSize(5);
    assertThat(tank.allVdevs()).hasSize(18);
  }

  @Test
  void resilverProgressOfOpenZfs22() {
    ScanActivity scan = only("zfs/zpool-status-tank.out").scans().get(0);

    assertThat(scan.function()).isEqualTo(ScanFunction.RESILVER);
    assertThat(scan.state()).isEqualTo(ScanState.IN_PROGRESS);
    assertThat(scan.started()).contains(Instant.parse("2025-08-12T09:14:03Z"));
    ScanProgress p = scan.progress().orElseThrow();
    assertThat(p.scanned()).contains(Quantity.parse("21.4T").orElseThrow());
    assertThat(p.toScan()).contains(Quantity.parse("38.2T").orElseThrow());
    assertThat(p.scanRate()).contains(Quantity.parse("1.21G").orElseThrow());
    assertThat(p.issued()).contains(Quantity.parse("9.87T").orElseThrow());
    assertThat(p.toIssue()).contains(Quantity.parse("38.2T").orElseThrow());
    assertThat(p.issueRate()).contains(Quantity.parse("573M").orElseThrow());
    assertThat(p.processed()).contains(Quantity.parse("1.62T").orElseThrow());
    assertThat(p.processed().orElseThrow().exact()).isFalse();
    assertThat(p.percentDone()).contains(new BigDecimal("25.84"));
    assertThat(p.timeToGo()).contains(Duration.ofHours(14).plusMinutes(23).plusSeconds(10));
    assertThat(scan.text()).startsWith("resilver in progress since").contains("14:23:10 to go");
  }

  @Test
  void missingDeviceShownByItsGuid() {
    PoolStatus vmdata = only("zfs/zpool-status-vmdata.out");

    assertThat(vmdata.see()).contains("https://openzfs.github.io/openzfs-docs/msg/ZFS-8000-2Q");
    StatusVdev missing = vmdata.root().orElseThrow().children().get(0).children().get(0);
    assertThat(missing.name()).isEqualTo("7751934802612938431");
    assertThat(missing.state()).isEqualTo("UNAVAIL");
    assertThat(missing.wasPath())
        .contains("/dev/disk/by-id/ata-Samsung_SSD_870_EVO_2TB_S6PNNM0T912345X-part1");
    assertThat(missing.isMissingDevice()).isTrue();
    StatusVdev present = vmdata.root().orElseThrow().children().get(0).children().get(1);
    assertThat(present.isMissingDevice()).isFalse();
    assertThat(present.name()).isEqualTo("ata-Samsung_SSD_870_EVO_2TB_S6PNNM0T912346Y");
  }

  @Test
  void zol07ProgressLines() {
    ScanActivity scan = forms().get("old07").scans().get(0);

    assertThat(scan.function()).isEqualTo(ScanFunction.SCRUB);
    assertThat(scan.state()).isEqualTo(ScanState.IN_PROGRESS);
    ScanProgress p = scan.progress().orElseThrow();
    assertThat(p.scanned()).contains(Quantity.parse("1.23T").orElseThrow());
    assertThat(p.toScan()).contains(Quantity.parse("2.46T").orElseThrow());
    assertThat(p.scanRate()).contains(Quantity.parse("100M").orElseThrow());
    assertThat(p.issued()).isEmpty();
    assertThat(p.timeToGo()).contains(Duration.ofHours(3).plusMinutes(35));
    assertThat(p.processed()).contains(Quantity.exact(0));
    assertThat(p.percentDone()).contains(new BigDecimal("50.00"));
  }

  @Test
  void openZfs08ProgressLinesAndNestedReplacing() {
    PoolStatus pool = forms().get("old08");
    ScanProgress p = pool.scans().get(0).progress().orElseThrow();

    assertThat(p.scanned()).contains(Quantity.parse("3.10T").orElseThrow());
    assertThat(p.scanRate()).contains(Quantity.parse("512M").orElseThrow());
    assertThat(p.issued()).contains(Quantity.parse("2.90T").orElseThrow());
    assertThat(p.issueRate()).contains(Quantity.parse("480M").orElseThrow());
    assertThat(p.toScan()).contains(Quantity.parse("10.2T").orElseThrow());
    assertThat(p.toIssue()).isEmpty();
    assertThat(p.timeToGo()).contains(Duration.ofHours(4).plusMinutes(25).plusSeconds(10));
    StatusVdev replacing = pool.root().orElseThrow().children().get(0).children().get(0);
    assertThat(replacing.type()).contains("replacing");
    assertThat(replacing.children()).extracting(StatusVdev::state)
        .containsExactly("OFFLINE", "ONLINE");
    assertThat(replacing.children().get(1).isResilvering()).isTrue();
    assertThat(pool.root().orElseThrow().children().get(0).children()).hasSize(3);
  }

  @Test
  void pausedScrubHasNoRatesAndNoEstimate() {
    PoolStatus pool = forms().get("paused");
    ScanActivity scan = pool.scans().get(0);

    assertThat(scan.state()).isEqualTo(ScanState.PAUSED);
    assertThat(scan.pausedSince()).contains(Instant.parse("2026-01-07T02:35:05Z"));
    assertThat(scan.started()).contains(Instant.parse("2026-01-06T01:00:00Z"));
    ScanProgress p = scan.progress().orElseThrow();
    assertThat(p.scanRate()).isEmpty();
    assertThat(p.issued()).contains(Quantity.parse("900G").orElseThrow());
    assertThat(p.timeToGo()).isEmpty();
    assertThat(p.percentDone()).contains(new BigDecimal("21.97"));
    StatusVdev disk = pool.root().orElseThrow().children().get(0);
    assertThat(disk.note()).contains("block size: 512B configured, 4096B native");
  }

  @Test
  void canceledScrubErrorScrubAndFeaturesDisabled() {
    PoolStatus pool = forms().get("canceled");

    assertThat(pool.featuresCanBeEnabled()).isTrue();
    assertThat(pool.action().orElseThrow())
        .startsWith("Enable all features using 'zpool upgrade'. Once this is done, the pool")
        .endsWith("See zpool-features(7) for details.");
    assertThat(pool.scans()).hasSize(2);
    ScanActivity canceled = pool.scans().get(0);
    assertThat(canceled.function()).isEqualTo(ScanFunction.SCRUB);
    assertThat(canceled.state()).isEqualTo(ScanState.CANCELED);
    assertThat(canceled.ended()).contains(Instant.parse("2026-02-14T08:00:00Z"));
    ScanActivity errorScrub = pool.scans().get(1);
    assertThat(errorScrub.function()).isEqualTo(ScanFunction.ERROR_SCRUB);
    assertThat(errorScrub.state()).isEqualTo(ScanState.FINISHED);
    assertThat(errorScrub.errorBlocks()).contains(12L);
    assertThat(errorScrub.duration()).contains(Duration.ofSeconds(3));
    assertThat(pool.scrub()).contains(canceled);
  }

  @Test
  void sequentialRebuildDraidAndPermanentErrorFiles() {
    PoolStatus pool = forms().get("draidpool");

    ScanActivity rebuild = pool.scans().get(0);
    assertThat(rebuild.function()).isEqualTo(ScanFunction.RESILVER);
    assertThat(rebuild.rebuildVdev()).contains("draid2:4d:11c:1s-0");
    assertThat(rebuild.processed()).contains(Quantity.parse("1.20T").orElseThrow());
    assertThat(rebuild.duration()).contains(Duration.ofHours(3).plusMinutes(4).plusSeconds(5));
    ScanActivity scrub = pool.scrub().orElseThrow();
    assertThat(scrub.duration())
        .contains(Duration.ofDays(2).plusHours(3).plusMinutes(7).plusSeconds(51));
    assertThat(pool.otherFields())
        .containsEntry(
            "scan warning", "skipped blocks that are only referenced by the checkpoint.");

    StatusVdev draid = pool.root().orElseThrow().children().get(0);
    assertThat(draid.type()).contains("draid");
    assertThat(draid.parity()).isEqualTo(OptionalInt.of(2));
    assertThat(draid.children()).hasSize(11);
    StatusVdev distributedSpare = pool.topLevelVdevs(VdevClass.SPARE).get(0);
    assertThat(distributedSpare.name()).isEqualTo("draid2-0-0");
    assertThat(distributedSpare.state()).isEqualTo("INUSE");
    assertThat(draid.children().get(10).children().get(0).note())
        .contains("external device fault");

    DataErrors errors = pool.errors().orElseThrow();
    assertThat(errors.count()).isEmpty();
    assertThat(errors.files())
        .containsExactly("/draidpool/vm/disk.raw", "draidpool/data@snap:<0x0>");
    assertThat(errors.any()).isTrue();
  }

  @Test
  void namesWithSpacesAreCutAtTheStateColumn() {
    PoolStatus pool = forms().get("my pool");

    assertThat(pool.scans()).singleElement().satisfies(s -> {
      assertThat(s.function()).isEqualTo(ScanFunction.NONE);
      assertThat(s.state()).isEqualTo(ScanState.NONE);
    });
    assertThat(pool.root().orElseThrow().name()).isEqualTo("my pool");
    assertThat(pool.root().orElseThrow().children().get(0).name())
        .isEqualTo("/srv/images/disk one.img");
  }

  @Test
  void oldDurationsAndClassSectionsWithoutSpecial() {
    PoolStatus pool = forms().get("old06");

    ScanActivity scrub = pool.scrub().orElseThrow();
    assertThat(scrub.processed()).contains(Quantity.exact(0));
    assertThat(scrub.duration()).contains(Duration.ofMinutes(35));
    assertThat(pool.topLevelVdevs())
        .extracting(StatusVdev::name, StatusVdev::vdevClass)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sda", VdevClass.NORMAL),
            org.assertj.core.groups.Tuple.tuple("sdb", VdevClass.LOG),
            org.assertj.core.groups.Tuple.tuple("sdc", VdevClass.CACHE),
            org.assertj.core.groups.Tuple.tuple("sdd", VdevClass.SPARE));
    assertThat(pool.topLevelVdevs(VdevClass.SPARE).get(0).state()).isEqualTo("AVAIL");
    assertThat(pool.errors().orElseThrow().count()).contains(3L);
    assertThat(pool.errors().orElseThrow().any()).isTrue();
  }

  @Test
  void multiplePoolsKeepTheirOrderAndLines() {
    List<PoolStatus> pools =
        ZpoolStatusParser.parse(Fixtures.read("zfs/zpool-status-forms.out"), FILE).value();

    assertThat(pools)
        .extracting(PoolStatus::name)
        .containsExactly("old07", "old08", "paused", "canceled", "draidpool", "my pool", "old06");
    assertThat(pools.get(1).line()).isEqualTo(16);
  }

  @Test
  void malformedRowsAndScanLinesAreReportedAndTheRestIsRead() {
    Parsed<List<PoolStatus>> parsed =
        ZpoolStatusParser.parse(Fixtures.read("zfs/zpool-status-malformed.out"), FILE);

    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line)
        .containsExactly(4, 10, 11, 11, 11, 13, 19);
    assertThat(parsed.diagnostics().get(0).message()).contains("garbage progress");
    assertThat(parsed.diagnostics().get(1).message()).contains("non-numeric WRITE counter 'x1'");
    assertThat(parsed.diagnostics().get(2).message()).contains("no READ counter");
    assertThat(parsed.diagnostics().get(5).message()).contains("unexpected line 'oops'");
    assertThat(parsed.diagnostics().get(6).message())
        .contains("unrecognized scan: report 'thorough scrub in progress");

    PoolStatus broken = parsed.value().get(0);
    StatusVdev mirror = broken.root().orElseThrow().children().get(0);
    assertThat(mirror.children()).extracting(StatusVdev::name)
        .containsExactly("sda", "sdb", "sdc");
    assertThat(mirror.children().get(0).readErrors()).contains(Quantity.exact(0));
    assertThat(mirror.children().get(0).writeErrors()).isEmpty();
    assertThat(mirror.children().get(1).state()).isEqualTo("FAULTED");
    assertThat(broken.scrub().orElseThrow().state()).isEqualTo(ScanState.FINISHED);
    assertThat(broken.errors().orElseThrow().count()).contains(0L);
    PoolStatus next = parsed.value().get(1);
    assertThat(next.scans()).isEmpty();
    assertThat(next.root().orElseThrow().children()).hasSize(1);
  }

  @Test
  void emptyOutputMeansNoPools() {
    assertThat(ZpoolStatusParser.parse("", FILE).value()).isEmpty();
    assertThat(ZpoolStatusParser.parse("\n\n", FILE).value()).isEmpty();
  }

  @Test
  void otherTextIsRejected() {
    assertThatThrownBy(
            () -> ZpoolStatusParser.parse(Fixtures.read("zfs/zpool-status-x.out"), FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not `zpool status` output");
  }

  @Test
  void finishedAndCanceledResilversAndRemovalLines() {
    String text =
        "  pool: data\n"
            + " state: ONLINE\n"
            + "remove: Removal of vdev 1 copied 1.20G in 0h1m, completed on Mon Mar  2 10:00:00"
            + " 2026\n"
            + "    1.23M memory used for removed device mappings\n"
            + "  scan: resilvered 1.50T in 1 days 02:03:04 with 2 errors on Sun Mar  1 12:00:00"
            + " 2026\n"
            + "config:\n"
            + "\n"
            + "\tNAME        STATE     READ WRITE CKSUM\n"
            + "\tdata        ONLINE       0     0     0\n"
            + "\t  sda       ONLINE       0     0     0\n"
            + "\n"
            + "errors: List of errors unavailable: pool I/O is currently suspended\n"
            + "\n"
            + "  pool: other\n"
            + " state: ONLINE\n"
            + "  scan: resilver canceled on Tue Mar  3 08:00:00 2026\n";

    Parsed<List<PoolStatus>> parsed = ZpoolStatusParser.parse(text, FILE);

    assertThat(parsed.diagnostics()).isEmpty();
    PoolStatus data = parsed.value().get(0);
    assertThat(data.otherFields().get("remove"))
        .endsWith("2026 1.23M memory used for removed device mappings");
    ScanActivity resilver = data.scans().get(0);
    assertThat(resilver.function()).isEqualTo(ScanFunction.RESILVER);
    assertThat(resilver.state()).isEqualTo(ScanState.FINISHED);
    assertThat(resilver.rebuildVdev()).isEmpty();
    assertThat(resilver.processed()).contains(Quantity.parse("1.50T").orElseThrow());
    assertThat(resilver.errors()).contains(2L);
    assertThat(resilver.duration())
        .contains(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4));
    assertThat(data.scrub()).isEmpty();
    assertThat(data.errors().orElseThrow().count()).isEmpty();
    assertThat(data.errors().orElseThrow().any()).isFalse();
    PoolStatus other = parsed.value().get(1);
    assertThat(other.scans().get(0).state()).isEqualTo(ScanState.CANCELED);
    assertThat(other.scans().get(0).function()).isEqualTo(ScanFunction.RESILVER);
    assertThat(other.root()).isEmpty();
    assertThat(other.errors()).isEmpty();
  }
}
