package dev.pvetune.parse.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ZpoolListParserTest {
  private static final String FILE = "cmd/zpool-list.out";

  @Test
  void fullFormReadsPoolsAndVdevTreeWithClasses() {
    Parsed<List<ListedPool>> parsed =
        ZpoolListParser.parse(Fixtures.read("zfs/zpool-list-v.out"), FILE);

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.value()).extracting(ListedPool::name).containsExactly("rpool", "tank");
    ListedPool rpool = parsed.value().get(0);
    assertThat(rpool.size()).contains(Quantity.exact(1992864825344L));
    assertThat(rpool.allocated()).contains(Quantity.exact(214748364800L));
    assertThat(rpool.free()).contains(Quantity.exact(1778116460544L));
    assertThat(rpool.checkpoint()).isEmpty();
    assertThat(rpool.expandSize()).isEmpty();
    assertThat(rpool.fragmentationPercent()).isEqualTo(OptionalInt.of(3));
    assertThat(rpool.capacityPercent()).contains(new BigDecimal("10"));
    assertThat(rpool.dedupRatio()).contains(new BigDecimal("1.00"));
    assertThat(rpool.health()).contains("ONLINE");
    assertThat(rpool.altroot()).isEmpty();
    assertThat(rpool.vdevs()).singleElement().satisfies(mirror -> {
      assertThat(mirror.name()).isEqualTo("mirror-0");
      assertThat(mirror.interior()).isTrue();
      assertThat(mirror.vdevClass()).isEqualTo(VdevClass.NORMAL);
      assertThat(mirror.devices()).hasSize(2);
      ListedVdev leaf = mirror.devices().get(0);
      assertThat(leaf.name()).endsWith("S64FNE0T301122-part3");
      assertThat(leaf.size()).contains(Quantity.exact(1995218132992L));
      assertThat(leaf.allocated()).isEmpty();
      assertThat(leaf.interior()).isFalse();
      assertThat(leaf.line()).isEqualTo(3);
    });
  }

  @Test
  void classHeadersPaddedWithSpacesAssignTheFollowingVdevs() {
    ListedPool tank =
        ZpoolListParser.parse(Fixtures.read("zfs/zpool-list-v.out"), FILE).value().get(1);

    assertThat(tank.health()).contains("DEGRADED");
    assertThat(tank.vdevs())
        .extracting(ListedVdev::name, ListedVdev::vdevClass)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("raidz2-0", VdevClass.NORMAL),
            org.assertj.core.groups.Tuple.tuple("mirror-1", VdevClass.SPECIAL),
            org.assertj.core.groups.Tuple.tuple("mirror-2", VdevClass.LOG),
            org.assertj.core.groups.Tuple.tuple(
                "/dev/disk/by-id/nvme-SAMSUNG_MZVL2512HCJQ-00B00_S675NX0T512345-part1",
                VdevClass.CACHE),
            org.assertj.core.groups.Tuple.tuple(
                "/dev/disk/by-id/ata-ST16000NM001G-2KK103_ZL2A9Z9Z-part1", VdevClass.SPARE));
    ListedVdev raidz = tank.vdevs().get(0);
    assertThat(raidz.health()).isEqualTo("DEGRADED");
    // -H does not indent: the spare-2 members follow it flat.
    assertThat(raidz.devices()).extracting(ListedVdev::name).hasSize(8).contains("spare-2");
    assertThat(raidz.devices().get(2).interior()).isTrue();
    assertThat(raidz.devices().get(3).health()).isEqualTo("FAULTED");
    ListedVdev cache = tank.vdevs(VdevClass.CACHE).get(0);
    assertThat(cache.allocated()).contains(Quantity.exact(498216206336L));
    assertThat(cache.capacityPercent()).contains(new BigDecimal("97"));
    assertThat(cache.fragmentationPercent()).isEmpty();
    ListedVdev spare = tank.vdevs(VdevClass.SPARE).get(0);
    assertThat(spare.health()).isEqualTo("INUSE");
    assertThat(spare.size()).contains(Quantity.exact(16000898564096L));
  }

  @Test
  void literalFormWithoutVdevs() {
    Parsed<List<ListedPool>> parsed =
        ZpoolListParser.parse(Fixtures.read("zfs/zpool-list-p.out"), FILE);

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.value()).hasSize(3);
    ListedPool backup = parsed.value().get(1);
    assertThat(backup.health()).contains("UNAVAIL");
    assertThat(backup.size()).isEmpty();
    assertThat(backup.capacityPercent()).isEmpty();
    assertThat(backup.checkpoint()).isEmpty();
    assertThat(backup.vdevs()).isEmpty();
    ListedPool scratch = parsed.value().get(2);
    assertThat(scratch.fragmentationPercent()).isEmpty();
    assertThat(scratch.altroot()).contains("/mnt");
    assertThat(scratch.columns()).containsKeys("fragmentation", "dedupratio")
        .doesNotContainKey("checkpoint");
  }

  @Test
  void humanFormGivesApproximateSizes() {
    Parsed<List<ListedPool>> parsed =
        ZpoolListParser.parse(Fixtures.read("zfs/zpool-list-human.out"), FILE);

    ListedPool rpool = parsed.value().get(0);
    assertThat(rpool.size()).contains(new Quantity(1990116046275L, false));
    assertThat(rpool.allocated()).contains(new Quantity(214748364800L, false));
    assertThat(rpool.capacityPercent()).contains(new BigDecimal("10"));
    assertThat(rpool.fragmentationPercent()).isEmpty();
    assertThat(rpool.dedupRatio()).isEmpty();
    assertThat(parsed.value().get(1).health()).contains("DEGRADED");
  }

  @Test
  void vdevRowsInTheLayoutOfTheOColumnsAreAlsoRead() {
    List<String> columns =
        ZpoolListParser.columnsOf(
                List.of("zpool", "list", "-HpvP", "-o", "name,size,alloc,free,frag,cap,health"))
            .orElseThrow();

    Parsed<List<ListedPool>> parsed =
        ZpoolListParser.parse(Fixtures.read("zfs/zpool-list-o-columns.out"), FILE, columns);

    assertThat(columns)
        .containsExactly("name", "size", "allocated", "free", "fragmentation", "capacity", "health");
    assertThat(parsed.diagnostics()).isEmpty();
    ListedVdev mirror = parsed.value().get(0).vdevs().get(0);
    assertThat(mirror.allocated()).contains(Quantity.exact(214748364800L));
    assertThat(mirror.health()).isEqualTo("ONLINE");
    assertThat(mirror.devices()).hasSize(1);
  }

  @Test
  void columnsOfReadsEveryArgvForm() {
    assertThat(ZpoolListParser.columnsOf(List.of("zpool", "list", "-HpPLo", "name,dedup")))
        .contains(List.of("name", "dedupratio"));
    assertThat(ZpoolListParser.columnsOf(List.of("zpool", "list", "-oname,ckpoint,expandsz")))
        .contains(List.of("name", "checkpoint", "expandsize"));
    assertThat(ZpoolListParser.columnsOf(List.of("zpool", "list", "-Hv"))).isEmpty();
  }

  @Test
  void badRowsAreReportedWithTheirLines() {
    Parsed<List<ListedPool>> parsed =
        ZpoolListParser.parse(Fixtures.read("zfs/zpool-list-malformed.out"), FILE);

    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .satisfiesExactly(
            d -> assertThat(d.toList()).containsExactly(2, "vdev row has 9 fields, expected 10; skipped"),
            d -> assertThat(d.toList().get(0)).isEqualTo(3),
            d -> assertThat(d.toList().get(1).toString()).contains("pool row has 3 fields"),
            d -> assertThat(d.toList().get(0)).isEqualTo(6));
    assertThat(parsed.diagnostics().get(1).message()).contains("size").contains("'12X'");
    assertThat(parsed.diagnostics().get(2).line()).isEqualTo(5);
    assertThat(parsed.diagnostics().get(3).message()).contains("fragmentation").contains("abc");
    assertThat(parsed.value()).extracting(ListedPool::name).containsExactly("rpool", "tank");
    ListedPool rpool = parsed.value().get(0);
    assertThat(rpool.vdevs()).singleElement().satisfies(m -> {
      assertThat(m.name()).isEqualTo("mirror-1");
      assertThat(m.size()).isEmpty();
      assertThat(m.devices()).hasSize(1);
    });
    assertThat(parsed.value().get(1).capacityPercent()).contains(new BigDecimal("50"));
  }

  @Test
  void emptyMeansNoPoolsAndForeignTextIsRejected() {
    assertThat(ZpoolListParser.parse("", FILE).value()).isEmpty();
    assertThatThrownBy(
            () -> ZpoolListParser.parse("NAME   SIZE  ALLOC\nrpool  1.81T  200G\n", FILE))
        .isInstanceOf(ParseException.class)
        .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(1));
  }
}
