package dev.pvetune.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Layouts, sizes and ashifts outside the oracle sample: libzpool measurements and worked examples
 * quoted in the reference (zfsmath.md), and the in-tree OpenZFS comments it cites.
 */
class ReferenceVectorsTest {
  private static final Pattern DRAID = Pattern.compile("draid(\\d):(\\d+)d:(\\d+)c:(\\d+)s");

  static VdevLayout layout(String spec) {
    Matcher d = DRAID.matcher(spec);
    if (d.matches()) {
      return new VdevLayout.Draid(
          Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)),
          Integer.parseInt(d.group(4)));
    }
    String[] parts = spec.split("-");
    if (parts[0].equals("mirror")) {
      return new VdevLayout.Mirror(Integer.parseInt(parts[1]));
    }
    return new VdevLayout.Raidz(
        Integer.parseInt(parts[0].substring("raidz".length())), Integer.parseInt(parts[1]));
  }

  @TestFactory
  Stream<DynamicTest> measuredPoolsOutsideTheSample() {
    List<Map<String, String>> rows = CsvFixture.read("/dev/pvetune/zfs/capacity-reference-vectors.csv");
    assertThat(rows).hasSize(9);
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.get("layout") + " disk " + row.get("disk_bytes") + " osize "
                        + row.get("child_osize_bytes") + " ashift " + row.get("ashift"),
                    () -> {
                      VdevLayout layout = layout(row.get("layout"));
                      long osize =
                          row.get("disk_bytes").isEmpty()
                              ? Long.parseLong(row.get("child_osize_bytes"))
                              : DiskPartitioning.linuxWholeDiskPartition(
                                  Long.parseLong(row.get("disk_bytes")), 512);
                      PoolCapacity c =
                          CapacityModel.compute(
                              new PoolGeometry(
                                  layout, 1, osize, Integer.parseInt(row.get("ashift")),
                                  ZfsVersion.CURRENT));
                      expect(row, "ms_shift", c.vdev().metaslabShift());
                      expect(row, "ms_count_per_vdev", c.vdev().metaslabCount());
                      expect(row, "deflate_ratio", c.deflateRatio());
                      expect(row, "zpool_size_bytes", c.zpoolSizeBytes());
                      expect(row, "slop_bytes", c.slopBytes());
                      expect(row, "usable_bytes", c.usableBytes());
                    }));
  }

  private static void expect(Map<String, String> row, String column, long actual) {
    if (!row.get(column).isEmpty()) {
      assertThat(actual).as(column).isEqualTo(Long.parseLong(row.get(column)));
    }
  }

  @TestFactory
  Stream<DynamicTest> raidzAllocationTablesAtAshift12() {
    return CsvFixture.read("/dev/pvetune/zfs/raidz-allocation-ashift12.csv").stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    "raidz" + row.get("parity") + "-" + row.get("width") + " " + row.get("block_bytes"),
                    () -> {
                      VdevLayout layout =
                          new VdevLayout.Raidz(
                              Integer.parseInt(row.get("parity")), Integer.parseInt(row.get("width")));
                      BlockAllocation a = layout.allocate(Long.parseLong(row.get("block_bytes")), 12);
                      assertThat(a.allocatedBytes()).isEqualTo(Long.parseLong(row.get("asize_bytes")));
                      assertThat(a.rawBytes()).isEqualTo(a.allocatedBytes());
                      assertThat(Deflate.ratio(layout, 12))
                          .isEqualTo(Integer.parseInt(row.get("deflate_ratio")));
                    }));
  }

  @Test
  void workedAllocationExamplesBreakDownIntoDataParityAndPadding() {
    // zfsmath.md 1.1: raidz2 8-wide 128K = 32 data + 12 parity + 1 pad = 45 sectors
    BlockAllocation a = new VdevLayout.Raidz(2, 8).allocate(128 * Bytes.KiB, 12);
    assertThat(a.dataSectors()).isEqualTo(32);
    assertThat(a.redundancySectors()).isEqualTo(12);
    assertThat(a.skipSectors()).isEqualTo(1);
    assertThat(a.allocatedBytes()).isEqualTo(180 * Bytes.KiB);
    // raidz2 6-wide 8K = 2 + 2 + 2
    BlockAllocation b = new VdevLayout.Raidz(2, 6).allocate(8 * Bytes.KiB, 12);
    assertThat(List.of(b.dataSectors(), b.redundancySectors(), b.skipSectors())).containsExactly(2L, 2L, 2L);
    // raidz2 10-wide 32K = 8 + 2 + 2
    BlockAllocation c = new VdevLayout.Raidz(2, 10).allocate(32 * Bytes.KiB, 12);
    assertThat(c.totalSectors()).isEqualTo(12);
    assertThat(c.skipSectors()).isEqualTo(2);
  }

  @Test
  void libzfsTheoryCommentFiveWideRaidz1() {
    // lib/libzfs/libzfs_dataset.c: 128K -> 160K allocated, charged 128K; 8K -> 16K, charged 12.8K
    TopLevelVdev v = new TopLevelVdev(new VdevLayout.Raidz(1, 5), 12);
    assertThat(v.allocate(128 * Bytes.KiB).allocatedBytes()).isEqualTo(160 * Bytes.KiB);
    assertThat(v.allocate(8 * Bytes.KiB).allocatedBytes()).isEqualTo(16 * Bytes.KiB);
    assertThat(v.deflateRatio()).isEqualTo(409);
    // 16K * 409/512 = 13088, the integer version of "16K * 128/160 = 12.8K"
    assertThat(v.chargedBytes(8 * Bytes.KiB)).isEqualTo(32L * 409);
  }

  @Test
  void chargedBytesQuotedInTheReference() {
    TopLevelVdev raidz2x8 = new TopLevelVdev(new VdevLayout.Raidz(2, 8), 12);
    assertThat(raidz2x8.chargedBytes(128 * Bytes.KiB)).isEqualTo(131_040);
    assertThat(raidz2x8.chargedBytes(16 * Bytes.KiB)).isEqualTo(17_472);
    TopLevelVdev raidz2x6 = new TopLevelVdev(new VdevLayout.Raidz(2, 6), 12);
    assertThat(raidz2x6.chargedBytes(8 * Bytes.KiB)).isEqualTo(16_368);
    TopLevelVdev mirror = new TopLevelVdev(new VdevLayout.Mirror(2), 12);
    assertThat(mirror.deflateRatio()).isEqualTo(512);
    assertThat(mirror.chargedBytes(6000)).isEqualTo(8192);
  }

  @Test
  void measuredWriteVectorsMatchTheModelPerBlock() {
    // zfsmath.md 1.3: 64 MiB written; the model columns are N * asize and N * (asize >> 9) * r.
    long data = 64 * Bytes.MiB;
    record Vector(VdevLayout layout, long block, long alloc, long referenced) {}
    for (Vector v :
        List.of(
            new Vector(new VdevLayout.Raidz(2, 6), 8192, 201_326_592L, 134_086_656L),
            new Vector(new VdevLayout.Raidz(2, 6), 16384, 100_663_296L, 67_043_328L),
            new Vector(new VdevLayout.Raidz(2, 8), 131072, 94_371_840L, 67_092_480L),
            new Vector(new VdevLayout.Raidz(1, 3), 4096, 134_217_728L, 89_391_104L),
            new Vector(new VdevLayout.Raidz(3, 7), 8192, 268_435_456L, 153_092_096L))) {
      TopLevelVdev vdev = new TopLevelVdev(v.layout(), 12);
      long n = data / v.block();
      assertThat(n * vdev.allocate(v.block()).allocatedBytes()).isEqualTo(v.alloc());
      assertThat(n * vdev.chargedBytes(v.block())).isEqualTo(v.referenced());
    }
  }

  @Test
  void wholeDiskPartitionsFor512AndFourKnDrives() {
    assertThat(DiskPartitioning.linuxWholeDiskPartition(10_000_831_348_736L, 512))
        .isEqualTo(10_000_820_862_976L);
    assertThat(DiskPartitioning.linuxWholeDiskPartition(2_441_609_216L * 4096, 4096))
        .isEqualTo(10_000_814_571_520L);
    assertThat(DiskPartitioning.leafAsize(10_000_820_862_976L)).isEqualTo(10_000_816_144_384L);
    // The oracle's whole-disk children: 960 GB SSD, 4 TB and 18 TB drives by their sector counts.
    assertThat(DiskPartitioning.linuxWholeDiskPartition(1_875_385_008L * 512, 512)).isEqualTo(960_187_334_656L);
    assertThat(DiskPartitioning.linuxWholeDiskPartition(7_814_037_168L * 512, 512)).isEqualTo(4_000_776_716_288L);
    assertThat(DiskPartitioning.linuxWholeDiskPartition(35_156_656_128L * 512, 512))
        .isEqualTo(18_000_197_451_776L);
  }

  @Test
  void sectionTwoThreeStepByStep() {
    PoolCapacity c =
        CapacityModel.compute(
            new PoolGeometry(new VdevLayout.Raidz(2, 8), 1, 10_000_820_862_976L, 12, ZfsVersion.CURRENT));
    assertThat(c.vdev().asize()).isEqualTo(80_006_529_155_072L);
    assertThat(c.vdev().embeddedLogMetaslabs()).isEqualTo(1);
    assertThat(c.normalDspaceBytes()).isEqualTo(56_855_300_669_440L);
    assertThat(c.embeddedLogDspaceBytes()).isEqualTo(12_213_813_248L);
    assertThat(c.slopBytes()).isEqualTo(125_225_140_224L);
  }

  @Test
  void anExistingPoolKeepsTheMetaslabShiftItWasCreatedWith() {
    // Created by 0.7 (512 GiB metaslabs), now running 2.4: slop and embedded log follow 2.4,
    // the metaslab layout follows zdb's metaslab_shift.
    PoolGeometry g =
        new PoolGeometry(new VdevLayout.Raidz(2, 8), 1, 10_000_820_862_976L, 12, ZfsVersion.CURRENT);
    PoolCapacity c = CapacityModel.compute(g, 39);
    assertThat(c.vdev().metaslabCount()).isEqualTo(145);
    assertThat(c.vdev().embeddedLogMetaslabs()).isEqualTo(1);
    assertThat(c.zpoolSizeBytes()).isEqualTo(145L << 39);
    assertThat(CapacityModel.compute(g, 34)).isEqualTo(CapacityModel.compute(g));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CapacityModel.compute(g, 12))
        .hasMessageContaining("metaslab shift");
  }

  @Test
  void chargeFactorOfSmallBlocks() {
    TopLevelVdev raidz2x6 = new TopLevelVdev(new VdevLayout.Raidz(2, 6), 12);
    assertThat(raidz2x6.chargeFactor(8192)).isCloseTo(1.998, within(0.001));
    assertThat(raidz2x6.chargeFactor(131072)).isCloseTo(0.999, within(0.001));
  }

  @Test
  void preTwoZeroSixSlopGivesTheFiftyTibFigure() {
    // zfsmath.md 2.3: pre-2.0.6 rule, 1/32 uncapped, no embedded log: 55,090,404,655,104 B = 50.10 TiB
    PoolCapacity old =
        CapacityModel.compute(
            new PoolGeometry(
                new VdevLayout.Raidz(2, 8), 1, 10_000_820_862_976L, 12, ZfsVersion.of(2, 0, 5)));
    assertThat(old.slopRule()).isEqualTo(SlopRule.UNCAPPED);
    assertThat(old.normalDspaceBytes()).isEqualTo(56_867_514_482_688L);
    assertThat(old.usableBytes()).isEqualTo(55_090_404_655_104L);
    assertThat((double) old.usableBytes() / Bytes.TiB).isCloseTo(50.10, within(0.005));
  }

  @Test
  void thickZvolRefreservationExamples() {
    // zfsmath.md 1.4, 100 GiB zvol, ashift 12, copies 1; quoted in GiB to two decimals (the
    // 4-wide raidz1 8K figure, 148.5847, is quoted as 148.59), so compare to within 0.01 GiB.
    record Example(VdevLayout layout, long vbs, double gib) {}
    for (Example e :
        List.of(
            new Example(new VdevLayout.Mirror(2), 8192, 103.13),
            new Example(new VdevLayout.Mirror(2), 16384, 101.57),
            new Example(new VdevLayout.Mirror(2), 65536, 100.39),
            new Example(new VdevLayout.Raidz(1, 3), 8192, 136.46),
            new Example(new VdevLayout.Raidz(1, 4), 8192, 148.59),
            new Example(new VdevLayout.Raidz(1, 4), 16384, 110.66),
            new Example(new VdevLayout.Raidz(2, 6), 8192, 203.13),
            new Example(new VdevLayout.Raidz(2, 6), 16384, 101.57),
            new Example(new VdevLayout.Raidz(2, 8), 8192, 216.46),
            new Example(new VdevLayout.Raidz(2, 8), 16384, 108.23),
            new Example(new VdevLayout.Raidz(2, 8), 65536, 107.06))) {
      ZvolReservation r =
          ZvolReservation.of(
              100 * Bytes.GiB, e.vbs(), List.of(new TopLevelVdev(e.layout(), 12)), 1, ZfsVersion.CURRENT);
      assertThat((double) r.refreservationBytes() / Bytes.GiB)
          .as(e.layout().describe() + " " + e.vbs())
          .isCloseTo(e.gib(), within(0.01));
    }
  }

  @Test
  void refreservationOnRaidz2SixWideIsExact() {
    // 13,107,200 blocks of 24K over 384 sectors of a 128K block: 200 GiB of data,
    // 12,821 metadnode/indirect blocks x 2 copies x 128K.
    ZvolReservation r =
        ZvolReservation.of(
            100 * Bytes.GiB, 8192, List.of(new TopLevelVdev(new VdevLayout.Raidz(2, 6), 12)), 1,
            ZfsVersion.CURRENT);
    assertThat(r.dataBytes()).isEqualTo(200 * Bytes.GiB);
    assertThat(r.indirectBlocks()).isEqualTo(12_821);
    assertThat(r.refreservationBytes()).isEqualTo(200 * Bytes.GiB + 12_821L * 2 * 131_072);
  }

  @Test
  void refreservationBeforeTwoZeroIgnoresParityAndWorstVdevWins() {
    List<TopLevelVdev> raidz = List.of(new TopLevelVdev(new VdevLayout.Raidz(2, 6), 12));
    assertThat(ZvolReservation.of(100 * Bytes.GiB, 8192, raidz, 1, ZfsVersion.of(0, 8, 6)).dataBytes())
        .isEqualTo(100 * Bytes.GiB);
    List<TopLevelVdev> mixed =
        List.of(
            new TopLevelVdev(new VdevLayout.Mirror(2), 12),
            new TopLevelVdev(new VdevLayout.Raidz(1, 3), 12),
            new TopLevelVdev(new VdevLayout.Raidz(2, 6), 12));
    assertThat(ZvolReservation.of(100 * Bytes.GiB, 8192, mixed, 1, ZfsVersion.CURRENT).dataBytes())
        .isEqualTo(200 * Bytes.GiB);
  }

  @Test
  void writeAmplificationExamples() {
    // zfsmath.md 4.1
    WriteCost raidz =
        WriteAmplification.of(4096, 16384, new TopLevelVdev(new VdevLayout.Raidz(2, 6), 12));
    assertThat(raidz.rawWriteBytes()).isEqualTo(24 * Bytes.KiB);
    assertThat(raidz.deviceAmplification()).isEqualTo(6.0);
    assertThat(raidz.readModifyWrite()).isTrue();
    assertThat(raidz.readBytes()).isEqualTo(16 * Bytes.KiB);

    TopLevelVdev mirror = new TopLevelVdev(new VdevLayout.Mirror(2), 12);
    assertThat(WriteAmplification.of(4096, 16384, mirror).deviceAmplification()).isEqualTo(8.0);
    WriteCost full = WriteAmplification.of(16384, 16384, mirror);
    assertThat(full.deviceAmplification()).isEqualTo(2.0);
    assertThat(full.readModifyWrite()).isFalse();
    assertThat(full.readBytes()).isZero();

    // s000: 8K into a 128K record rewrites 128K (16x); 8K into 16K blocks 2x
    TopLevelVdev single = new TopLevelVdev(new VdevLayout.Stripe(), 12);
    assertThat(WriteAmplification.of(8192, 131072, single).blockAmplification()).isEqualTo(16.0);
    assertThat(WriteAmplification.of(8192, 16384, single).blockAmplification()).isEqualTo(2.0);
    // a 64K write onto 16K blocks rewrites 4 whole blocks, no read
    WriteCost big = WriteAmplification.of(65536, 16384, new TopLevelVdev(new VdevLayout.Raidz(2, 6), 12));
    assertThat(big.blocksWritten()).isEqualTo(4);
    assertThat(big.rawWriteBytes()).isEqualTo(4 * 24 * Bytes.KiB);
  }

  @Test
  void draidAllocationIsWholeRows() {
    // zfsmath.md 3: an 8K block on draid2:8d costs a full row of 10 sectors (40K)
    BlockAllocation a = new VdevLayout.Draid(2, 8, 24, 1).allocate(8 * Bytes.KiB, 12);
    assertThat(a.allocatedBytes()).isEqualTo(40 * Bytes.KiB);
    assertThat(a.dataSectors()).isEqualTo(2);
    assertThat(a.redundancySectors()).isEqualTo(2);
    assertThat(a.skipSectors()).isEqualTo(6);
    assertThat(Deflate.ratio(new VdevLayout.Draid(2, 8, 24, 1), 12)).isEqualTo(409);
  }
}
