package dev.pvetune.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PlanArcCommandTest {
  @Test
  void textShowsRecommendationBudgetAndModprobeLine() {
    CliRun r = CliRun.of("plan", "arc", "--ram", "128G", "--guest-ram", "64G", "--pool-size", "8TiB");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("zfs_arc_max  17179869184  16.00 GiB")
        .contains("zfs_arc_min   4294967296   4.00 GiB")
        .contains("options zfs zfs_arc_max=17179869184 zfs_arc_min=4294967296")
        .contains("pve-docs minimum")
        .contains("s000 table");
    assertThat(r.out()).doesNotContain("Warnings");
  }

  @Test
  void jsonAndWarnings() throws Exception {
    CliRun r = CliRun.of("plan", "arc", "--ram", "32G", "--guest-ram", "30G", "--pool-size", "10TiB", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("format").asText()).isEqualTo("pvetune-plan-arc");
    assertThat(doc.get("recommendedArcMaxBytes").asLong()).isEqualTo(1L << 30);
    assertThat(doc.get("pveDocsMinimumBytes").asLong()).isEqualTo(12L << 30);
    assertThat(doc.get("openZfsDefaultArcMaxBytes").asLong()).isEqualTo(31L << 30);
    assertThat(doc.get("warnings")).hasSize(2);
  }

  @Test
  void badSizes() {
    CliRun r = CliRun.of("plan", "arc", "--ram", "lots");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.firstErrorLine()).isEqualTo("'lots' is not a size: write it like 64G, 64GiB, 512M or a byte count");
    CliRun small = CliRun.of("plan", "arc", "--ram", "512M");
    assertThat(small.firstErrorLine()).contains("RAM must be at least 1 GiB");
    CliRun missing = CliRun.of("plan");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.firstErrorLine()).contains("Missing subcommand");
  }
}
