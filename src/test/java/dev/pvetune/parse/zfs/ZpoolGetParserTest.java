package dev.pvetune.parse.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ZpoolGetParserTest {
  private static final String FILE = "cmd/zpool-get.out";

  @Test
  void readsPoolsWithPropertiesAndFeatures() {
    Parsed<PoolPropertyTable> parsed =
        ZpoolGetParser.parse(Fixtures.read("zfs/zpool-get.out"), FILE);

    assertThat(parsed.value().pools()).extracting(PoolProperties::pool)
        .containsExactly("rpool", "tank");
    PoolProperties rpool = parsed.value().pool("rpool").orElseThrow();
    assertThat(rpool.quantity("size")).contains(Quantity.exact(1992864825344L));
    assertThat(rpool.quantity("capacity")).contains(Quantity.exact(10));
    assertThat(rpool.value("ashift")).contains("12");
    assertThat(rpool.property("ashift").orElseThrow().source()).isEqualTo(PropertySource.LOCAL);
    assertThat(rpool.value("altroot")).isEmpty();
    assertThat(rpool.value("bootfs")).contains("rpool/ROOT/pve-1");
    assertThat(rpool.property("dedupratio").orElseThrow().ratio())
        .contains(new BigDecimal("1.00"));
    assertThat(rpool.feature("large_blocks")).contains(FeatureState.ACTIVE);
    assertThat(rpool.feature("block_cloning")).contains(FeatureState.ENABLED);
    assertThat(rpool.feature("vdev_zaps_v2")).contains(FeatureState.DISABLED);
    assertThat(rpool.feature("does_not_exist")).isEmpty();
    assertThat(rpool.features()).hasSize(4);
    assertThat(rpool.line()).isEqualTo(1);
  }

  @Test
  void dashValuesAreAbsentAndUnknownFeatureStatesReported() {
    Parsed<PoolPropertyTable> parsed =
        ZpoolGetParser.parse(Fixtures.read("zfs/zpool-get.out"), FILE);

    PoolProperties tank = parsed.value().pool("tank").orElseThrow();
    assertThat(tank.value("fragmentation")).isEmpty();
    assertThat(tank.quantity("expandsize")).isEmpty();
    assertThat(tank.value("org.debian:periodic-scrub")).contains("disable");
    assertThat(tank.feature("draid")).isEmpty();
    assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(30);
      assertThat(d.message()).contains("feature@draid").contains("weird");
    });
  }

  @Test
  void humanFormIsApproximate() {
    PoolProperties rpool =
        ZpoolGetParser.parse(Fixtures.read("zfs/zpool-get-human.out"), FILE)
            .value().pools().get(0);

    assertThat(rpool.quantity("size")).contains(new Quantity(1990116046275L, false));
    assertThat(rpool.quantity("capacity")).contains(Quantity.exact(10));
    assertThat(rpool.property("dedupratio").orElseThrow().ratio())
        .contains(new BigDecimal("1.00"));
  }

  @Test
  void malformedLinesAreSkipped() {
    String text = "rpool\tsize\t100\t-\nrpool\tashift\n\nrpool\tautotrim\ton\tlocal\n";

    Parsed<PoolPropertyTable> parsed = ZpoolGetParser.parse(text, FILE);

    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(2);
    assertThat(parsed.value().pools().get(0).properties()).containsOnlyKeys("size", "autotrim");
  }

  @Test
  void emptyAndForeignOutput() {
    assertThat(ZpoolGetParser.parse("", FILE).value().pools()).isEmpty();
    assertThatThrownBy(() -> ZpoolGetParser.parse("no pools available\n", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("zpool get");
  }
}
