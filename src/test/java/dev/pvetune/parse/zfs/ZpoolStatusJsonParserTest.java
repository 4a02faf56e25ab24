package dev.pvetune.parse.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZpoolStatusJsonParserTest {
  private static final String FILE = "cmd/zpool-status-json.out";

  private static List<PoolStatus> pools() {
    Parsed<List<PoolStatus>> parsed =
        ZpoolStatusJsonParser.parse(Fixtures.read("zfs/zpool-status.json"), FILE);
    assertThat(parsed.diagnostics()).isEmpty();
    return parsed.value();
  }

  @Test
  void givesTheSameShapeAsTheTextForm() {
    PoolStatus fromJson = pools().get(0);
    PoolStatus fromText =
        ZpoolStatusParser.parse(Fixtures.read("zfs/zpool-status-rpool.out"), FILE)
            .value()
            .get(0);

    assertThat(fromJson.name()).isEqualTo(fromText.name());
    assertThat(fromJson.state()).isEqualTo(fromText.state());
    assertThat(fromJson.allVdevs())
        .extracting(
            StatusVdev::name,
            StatusVdev::vdevClass,
            StatusVdev::state,
            StatusVdev::readErrors,
            StatusVdev::isLeaf)
        .containsExactlyElementsOf(
            fromText.allVdevs().stream()
                .map(
                    v ->
                        org.assertj.core.groups.Tuple.tuple(
                            v.name(), v.vdevClass(), v.state(), v.readErrors(), v.isLeaf()))
                .toList());
    ScanActivity jsonScrub = fromJson.scrub().orElseThrow();
    ScanActivity textScrub = fromText.scrub().orElseThrow();
    assertThat(jsonScrub.state()).isEqualTo(textScrub.state());
    assertThat(jsonScrub.ended()).isEqualTo(textScrub.ended());
    assertThat(jsonScrub.started()).contains(Instant.parse("2025-08-10T00:24:01Z"));
    assertThat(jsonScrub.duration()).isEqualTo(textScrub.duration());
    assertThat(jsonScrub.errors()).isEqualTo(textScrub.errors());
    assertThat(jsonScrub.processed()).isEqualTo(textScrub.processed());
    assertThat(fromJson.errors().orElseThrow().count()).contains(0L);
  }

  @Test
  void mapsRawEnumStatesAndReadsClassSections() {
    PoolStatus tank = pools().get(1);

    assertThat(tank.status())
        .contains(
            "One or more devices is currently being resilvered.  The pool will continue to"
                + " function, possibly in a degraded state.");
    assertThat(tank.action()).contains("Wait for the resilver to complete.");
    StatusVdev raidz = tank.root().orElseThrow().children().get(0);
    assertThat(raidz.type()).contains("raidz");
    assertThat(raidz.parity()).hasValue(2);
    StatusVdev missing = raidz.children().get(2);
    assertThat(missing.state()).isEqualTo("UNAVAIL");
    assertThat(missing.aux()).contains("OPEN_FAILED");
    assertThat(missing.wasPath())
        .contains("/dev/disk/by-id/ata-ST16000NM001G-2KK103_ZL2A1B6F-part1");
    assertThat(missing.isMissingDevice()).isTrue();
    assertThat(raidz.children().get(3).state()).isEqualTo("ONLINE");
    assertThat(raidz.children().get(3).checksumErrors()).contains(Quantity.exact(3));
    StatusVdev faulted = raidz.children().get(1).children().get(0);
    assertThat(faulted.writeErrors()).contains(Quantity.exact(1044));
    assertThat(faulted.aux()).contains("ERR_EXCEEDED");
    assertThat(faulted.note()).isEmpty();

    assertThat(tank.classVdevs())
        .extracting(StatusVdev::vdevClass)
        .containsExactly(VdevClass.SPECIAL, VdevClass.LOG, VdevClass.CACHE, VdevClass.SPARE);
    assertThat(tank.classVdevs().get(0).children().get(0).vdevClass())
        .isEqualTo(VdevClass.SPECIAL);
    StatusVdev spare = tank.topLevelVdevs(VdevClass.SPARE).get(0);
    assertThat(spare.state()).isEqualTo("INUSE");
    assertThat(spare.readErrors()).isEmpty();
  }

  @Test
  void runningResilverGivesExactProgressWithoutRates() {
    ScanActivity scan = pools().get(1).scans().get(0);

    assertThat(scan.function()).isEqualTo(ScanFunction.RESILVER);
    assertThat(scan.state()).isEqualTo(ScanState.IN_PROGRESS);
    assertThat(scan.started()).contains(Instant.parse("2025-08-12T09:14:03Z"));
    assertThat(scan.ended()).isEmpty();
    ScanProgress p = scan.progress().orElseThrow();
    assertThat(p.scanned()).contains(Quantity.exact(23529860325786L));
    assertThat(p.toScan()).contains(Quantity.exact(42001290493952L));
    assertThat(p.issued()).contains(Quantity.exact(10852321378713L));
    assertThat(p.toIssue()).contains(Quantity.exact(42001290493952L));
    assertThat(p.processed()).contains(Quantity.exact(1781208011653L));
    assertThat(p.percentDone()).contains(new BigDecimal("25.84"));
    assertThat(p.scanRate()).isEmpty();
    assertThat(p.timeToGo()).isEmpty();
  }

  @Test
  void pausedScrubRebuildStatsStringCountersAndErrorList() {
    PoolStatus pool = pools().get(2);

    assertThat(pool.see()).contains("https://openzfs.github.io/openzfs-docs/msg/ZFS-8000-9P");
    ScanActivity scrub = pool.scrub().orElseThrow();
    assertThat(scrub.state()).isEqualTo(ScanState.PAUSED);
    assertThat(scrub.pausedSince()).contains(Instant.ofEpochSecond(1772003600L));
    assertThat(scrub.progress().orElseThrow().percentDone()).contains(new BigDecimal("22.50"));
    ScanActivity rebuild = pool.scans().get(1);
    assertThat(rebuild.rebuildVdev()).contains("draid2:4d:11c:1s-0");
    assertThat(rebuild.state()).isEqualTo(ScanState.FINISHED);
    assertThat(rebuild.duration()).contains(Duration.ofSeconds(11045));
    assertThat(rebuild.errors()).contains(0L);
    StatusVdev root = pool.root().orElseThrow();
    assertThat(root.checksumErrors()).contains(new Quantity(1044, false));
    assertThat(root.readErrors()).contains(Quantity.exact(0));
    assertThat(root.children().get(0).parity()).hasValue(2);
    DataErrors errors = pool.errors().orElseThrow();
    assertThat(errors.count()).contains(3L);
    assertThat(errors.files()).containsExactly("/draidpool/vm/disk.raw", "draidpool/data@snap:<0x0>");
  }

  @Test
  void oddValuesAreReportedNotGuessed() {
    String json =
        "{\"pools\":{\"p\":{\"name\":\"p\",\"state\":\"ONLINE\","
            + "\"scan_stats\":{\"function\":\"SCRUB\",\"state\":\"FINISHED\","
            + "\"start_time\":\"Wed Jan  7 02:35:05 AM PST 2026\",\"end_time\":1,\"errors\":0},"
            + "\"vdevs\":{\"p\":{\"name\":\"p\",\"vdev_type\":\"root\",\"state\":\"ONLINE\","
            + "\"read_errors\":\"lots\",\"write_errors\":-1,\"checksum_errors\":0}}}}}";

    Parsed<List<PoolStatus>> parsed = ZpoolStatusJsonParser.parse(json, FILE);

    assertThat(parsed.diagnostics())
        .extracting(d -> d.message())
        .anySatisfy(m -> assertThat(m).contains("start_time").contains("--json-int"))
        .anySatisfy(m -> assertThat(m).contains("read_errors is not a number: 'lots'"))
        .anySatisfy(m -> assertThat(m).contains("write_errors out of range"));
    PoolStatus pool = parsed.value().get(0);
    assertThat(pool.scrub().orElseThrow().started()).isEmpty();
    assertThat(pool.scrub().orElseThrow().duration()).isEmpty();
    assertThat(pool.root().orElseThrow().readErrors()).isEmpty();
  }

  @Test
  void failedOrForeignOutputIsRejected() {
    assertThatThrownBy(() -> ZpoolStatusJsonParser.parse("", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("text form");
    assertThatThrownBy(() -> ZpoolStatusJsonParser.parse("invalid option 'j'\n", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("not JSON");
    assertThatThrownBy(() -> ZpoolStatusJsonParser.parse("{\"pools\": [] }", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("\"pools\"");
    assertThatThrownBy(
            () ->
                ZpoolStatusJsonParser.parse(
                    "{\"output_version\":{\"command\":\"zpool list\"},\"pools\":{}}", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("zpool list");
    assertThat(ZpoolStatusJsonParser.parse("{\"pools\":{}}", FILE).value()).isEmpty();
  }
}
