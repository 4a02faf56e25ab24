package dev.pvetune.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanPoolCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eightTenTbRaidz2ShowsCurrentUsableAndThePre206Figure() {
    CliRun r = CliRun.of("plan", "pool", "--disks", "8x10TB", "--layout", "raidz2");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("1 × 8-wide raidz2, ashift 12, OpenZFS 2.4.4")
        .contains("zpool list SIZE          79,989,470,920,704   72.75 TiB")
        .contains("usable                   56,730,075,529,216   51.60 TiB")
        .contains("deflate ratio                       364/512      0.7109")
        .containsPattern("0\\.8\\.0 – 2\\.0\\.5 +4,656 × 16 GiB +1,777,109,827,584 +55,090,404,655,104 +50\\.10 TiB")
        .containsPattern("2\\.1\\.0 and later .*51\\.60 TiB +<- 2\\.4\\.4")
        .contains("Releases before 2.0.6 hold back 1/32 of the pool as slop")
        .containsPattern("data disks × vendor size +60,000,000,000,000 +54\\.57 TiB")
        .contains("Recommended volblocksize for VM disks: 16K")
        .contains("Failure tolerance: any 2 disks");
    assertThat(r.out()).containsPattern("16K +4\\+2\\+0 +24K +24K +66\\.7% +17,472 +1\\.07× +108\\.23 GiB +6\\.00× \\+ 16K read");
  }

  @Test
  void jsonHasTheDocumentedFields() throws Exception {
    CliRun r =
        CliRun.of("plan", "pool", "--disks", "12x4TB", "--layout", "raidz2", "--width", "6", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("format").asText()).isEqualTo("pvetune-plan-pool");
    assertThat(doc.get("partitionBytes").asLong()).isEqualTo(3_999_990_284_288L);
    assertThat(doc.get("vdevCount").asInt()).isEqualTo(2);
    assertThat(doc.get("deflateRatio").asInt()).isEqualTo(341);
    assertThat(doc.get("zpoolSizeBytes").asLong()).isPositive();
    assertThat(doc.get("usableBytes").asLong() + doc.get("slopBytes").asLong())
        .isEqualTo(doc.get("normalDspaceBytes").asLong());
    assertThat(doc.get("vdevs")).hasSize(2);
    for (JsonNode v : doc.get("vdevs")) {
      assertThat(v.get("metaslabShift").asInt()).isEqualTo(34);
      assertThat(v.get("metaslabCount").asLong()).isEqualTo(1396);
    }
    assertThat(doc.get("blockSizes")).hasSize(9);
    assertThat(doc.get("blockSizes").get(0).get("blockBytes").asLong()).isEqualTo(4096);
    assertThat(doc.get("byVersion")).hasSize(6);
    assertThat(doc.get("failureTolerance").get("bestCaseDisks").asInt()).isEqualTo(4);
  }

  @Test
  void partitionBytesReproducesAnOracleRow() throws Exception {
    // oracle: raidz,2,6,2,4000776716288,12 -> SIZE 48000554500096, usable 31831680352256
    CliRun r =
        CliRun.of("plan", "pool", "--disks", "12", "--partition-bytes", "4000776716288", "--layout", "raidz2",
            "--vdevs", "2", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("zpoolSizeBytes").asLong()).isEqualTo(48_000_554_500_096L);
    assertThat(doc.get("slopBytes").asLong()).isEqualTo(114_554_830_848L);
    assertThat(doc.get("usableBytes").asLong()).isEqualTo(31_831_680_352_256L);
    assertThat(doc.get("diskBytes").isNull()).isTrue();
  }

  @Test
  void draidAndOldReleases() throws Exception {
    CliRun r =
        CliRun.of("plan", "pool", "--disks", "24", "--partition-bytes", "4000776716288", "--layout",
            "draid2:8d:24c:1s", "--format", "json");
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("zpoolSizeBytes").asLong()).isEqualTo(92_015_203_860_480L);
    assertThat(doc.get("usableBytes").asLong()).isEqualTo(73_366_893_817_888L);
    assertThat(doc.get("vdevs").get(0).get("metaslabCount").asLong()).isEqualTo(5356);

    CliRun old = CliRun.of("plan", "pool", "--disks", "8x10TB", "--layout", "raidz2", "--zfs-version", "2.0.5",
        "--format", "json");
    assertThat(JSON.readTree(old.out()).get("usableBytes").asLong()).isEqualTo(55_090_404_655_104L);
  }

  @Test
  void compareRanksLayoutsWithVolblocksizes() throws Exception {
    CliRun text = CliRun.of("plan", "pool", "--disks", "8x10TB", "--compare");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("ranked for VM workloads").containsPattern("1 +4 × 2-way mirror");
    CliRun json = CliRun.of("plan", "pool", "--disks", "12x18TB", "--compare", "--format", "json");
    JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.get("format").asText()).isEqualTo("pvetune-plan-pool-compare");
    assertThat(doc.get("candidates").get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(doc.get("candidates").get(0).get("layout").asText()).isEqualTo("mirror");
    for (JsonNode c : doc.get("candidates")) {
      assertThat(c.get("recommendedVolblocksize").asLong()).isIn(16384L, 32768L, 65536L);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--disks 3x4TB --layout raidz3 | raidz3 needs at least 4 disks per vdev, got 3",
        "--disks 8x10T --layout raidz2 | '10T' is ambiguous: write 10TB (decimal, as vendors do) or 10TiB (binary)",
        "--disks 8x10TB --layout raidz2 --width 3 | 8 disks do not make whole vdevs of 3 (raidz2)",
        "--disks 8x10TB --layout raidz4 | --layout 'raidz4' is not one of",
        "--disks 8x10TB | missing --layout",
        "--disks 8 --layout mirror | --disks 8 has no size",
        "--disks 8x10TB --partition-bytes 4000776716288 --layout mirror | not both",
        "--disks 8x10TB --layout raidz2 --zfs-version foo | 'foo' is not an OpenZFS version",
        "--disks 8x10TB --layout draid1 --zfs-version 2.0.7 | dRAID needs OpenZFS 2.1.0 or later",
        "--disks 8x10TB --layout mirror --ashift 17 | ashift must be between 9 and 16",
        "--disks 2x32MB --layout mirror | ZFS needs at least 64 MiB per device",
        "--disks 8x10TB --compare --layout mirror | --compare tries every layout",
        "--disks 1x10TB --compare | comparing layouts needs at least 2 disks",
        "--disks eight --layout mirror | should be COUNTxSIZE",
        "--disks 6x10TB --layout mirror --width 3 --vdevs 3 | 6 disks do not make 3 vdevs of 3",
      })
  void badOptionsGiveOneClearLineAndExitTwo(String args, String message) {
    CliRun r = CliRun.of(("plan pool " + args.trim()).split(" "));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.firstErrorLine()).contains(message.trim());
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void layoutDefaults() {
    assertThat(LayoutSpec.resolve("mirror", null, null, 6))
        .isEqualTo(new LayoutSpec(new dev.pvetune.zfs.VdevLayout.Mirror(2), 3));
    assertThat(LayoutSpec.resolve("mirror", null, 2, 6))
        .isEqualTo(new LayoutSpec(new dev.pvetune.zfs.VdevLayout.Mirror(3), 2));
    assertThat(LayoutSpec.resolve("RAIDZ", null, null, 5))
        .isEqualTo(new LayoutSpec(new dev.pvetune.zfs.VdevLayout.Raidz(1, 5), 1));
    assertThat(LayoutSpec.resolve("stripe", null, null, 4))
        .isEqualTo(new LayoutSpec(new dev.pvetune.zfs.VdevLayout.Stripe(), 4));
    assertThat(LayoutSpec.resolve("draid2", null, null, 12))
        .isEqualTo(new LayoutSpec(new dev.pvetune.zfs.VdevLayout.Draid(2, 8, 12, 0), 1));
    assertThat(LayoutSpec.resolve("draid1:1s", null, null, 6))
        .isEqualTo(new LayoutSpec(new dev.pvetune.zfs.VdevLayout.Draid(1, 4, 6, 1), 1));
    assertThat(LayoutSpec.resolve("draid2:4d:12c:1s", null, null, 24))
        .isEqualTo(new LayoutSpec(new dev.pvetune.zfs.VdevLayout.Draid(2, 4, 12, 1), 2));
  }

  @Test
  void sizes() {
    assertThat(SizeParser.storage("10TB")).isEqualTo(10_000_000_000_000L);
    assertThat(SizeParser.storage("1.92TB")).isEqualTo(1_920_000_000_000L);
    assertThat(SizeParser.storage("4TiB")).isEqualTo(4L << 40);
    assertThat(SizeParser.storage("960 GB")).isEqualTo(960_000_000_000L);
    assertThat(SizeParser.storage("10000831348736")).isEqualTo(10_000_831_348_736L);
    assertThat(SizeParser.memory("64G")).isEqualTo(64L << 30);
    assertThat(SizeParser.memory("64GB")).isEqualTo(64L << 30);
    assertThat(SizeParser.memory("512M")).isEqualTo(512L << 20);
    assertThat(DiskSpec.parse("8x10TB").bytes()).hasValue(10_000_000_000_000L);
    assertThat(DiskSpec.parse("8X4TiB").bytes()).hasValue(4L << 40);
    assertThat(DiskSpec.parse("8").bytes()).isEmpty();
  }
}
