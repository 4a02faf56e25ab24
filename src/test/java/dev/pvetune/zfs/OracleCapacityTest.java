package dev.pvetune.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every row of the OpenZFS 2.4.4 measurements must come out of the model to the byte. */
class OracleCapacityTest {
  private static final String SAMPLE = "/dev/pvetune/zfs/zfs-capacity-sample.csv";

  @TestFactory
  Stream<DynamicTest> everyOracleRowIsReproducedToTheByte() {
    List<Map<String, String>> rows = CsvFixture.read(SAMPLE);
    assertThat(rows).hasSize(36);
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.get("layout") + " p" + row.get("parity") + " w" + row.get("width") + " x"
                        + row.get("nvdevs") + " " + row.get("child_osize_bytes") + " ashift "
                        + row.get("ashift"),
                    () -> check(row)));
  }

  private static void check(Map<String, String> row) {
    int parity = Integer.parseInt(row.get("parity"));
    int width = Integer.parseInt(row.get("width"));
    VdevLayout layout =
        switch (row.get("layout")) {
          case "stripe" -> new VdevLayout.Stripe();
          case "mirror" -> new VdevLayout.Mirror(width);
          case "raidz" -> new VdevLayout.Raidz(parity, width);
          default -> throw new IllegalStateException("unknown layout " + row.get("layout"));
        };
    PoolGeometry g =
        new PoolGeometry(
            layout,
            Integer.parseInt(row.get("nvdevs")),
            Long.parseLong(row.get("child_osize_bytes")),
            Integer.parseInt(row.get("ashift")),
            ZfsVersion.of(2, 4, 4));
    PoolCapacity c = CapacityModel.compute(g);
    assertThat(c.vdev().metaslabShift()).as("ms_shift").isEqualTo(Integer.parseInt(row.get("ms_shift")));
    assertThat(c.vdev().metaslabCount())
        .as("ms_count_per_vdev")
        .isEqualTo(Long.parseLong(row.get("ms_count_per_vdev")));
    assertThat(c.deflateRatio()).as("deflate_ratio").isEqualTo(Integer.parseInt(row.get("deflate_ratio")));
    assertThat(c.zpoolSizeBytes()).as("zpool SIZE").isEqualTo(Long.parseLong(row.get("zpool_size_bytes")));
    assertThat(c.slopBytes()).as("slop").isEqualTo(Long.parseLong(row.get("slop_bytes")));
    assertThat(c.usableBytes()).as("usable").isEqualTo(Long.parseLong(row.get("usable_bytes")));
  }

  @Test
  void bundledCopyMatchesTheSharedOracleWhenPresent() throws IOException {
    Path shared =
        Stream.of(
                Path.of("..", "shared", "oracle", "zfs-capacity-sample.csv"),
                Path.of("..", "..", "shared", "oracle", "zfs-capacity-sample.csv"),
                Path.of("/work/shared/oracle/zfs-capacity-sample.csv"))
            .filter(Files::isRegularFile)
            .findFirst()
            .orElse(null);
    assumeTrue(shared != null, "shared oracle directory not present");
    byte[] bundled;
    try (InputStream in = getClass().getResourceAsStream(SAMPLE)) {
      bundled = in.readAllBytes();
    }
    assertThat(bundled).isEqualTo(Files.readAllBytes(shared));
  }
}
