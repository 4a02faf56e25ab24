package dev.pvetune.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole text reports, compared with reviewed copies. */
class GoldenOutputTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pool-8x10TB-raidz2.txt | plan pool --disks 8x10TB --layout raidz2",
        "compare-8x10TB.txt     | plan pool --disks 8x10TB --compare",
        "arc-128G.txt           | plan arc --ram 128G --guest-ram 96G --pool-size 20TB",
      })
  void textReportsMatchTheReviewedCopies(String file, String args) throws IOException {
    CliRun r = CliRun.of(args.trim().split(" "));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(golden(file.trim()));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = GoldenOutputTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
