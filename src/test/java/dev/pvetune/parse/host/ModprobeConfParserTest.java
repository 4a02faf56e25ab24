package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.Parsed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModprobeConfParserTest {
  private static final String ZFS_CONF = "files/etc/modprobe.d/zfs.conf";

  private static Parsed<ModprobeConf> zfsConf() {
    return ModprobeConfParser.parse(Fixtures.read("host/modprobe/zfs.conf"), ZFS_CONF);
  }

  @Test
  void readsOptionsWithContinuationAndLineNumbers() {
    ModprobeConf conf = zfsConf().value();

    assertThat(conf.options())
        .extracting(ModuleOption::module, ModuleOption::parameter, ModuleOption::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("zfs", "zfs_arc_max", 2),
            org.assertj.core.groups.Tuple.tuple("zfs", "zfs_arc_min", 3),
            org.assertj.core.groups.Tuple.tuple("zfs", "zfs_txg_timeout", 3),
            org.assertj.core.groups.Tuple.tuple("zfs", "zfs_arc_max", 7),
            org.assertj.core.groups.Tuple.tuple("zfs", "#", 7),
            org.assertj.core.groups.Tuple.tuple("zfs", "raised", 7),
            org.assertj.core.groups.Tuple.tuple("zfs", "after", 7),
            org.assertj.core.groups.Tuple.tuple("zfs", "the", 7),
            org.assertj.core.groups.Tuple.tuple("zfs", "upgrade", 7),
            org.assertj.core.groups.Tuple.tuple("zfs", "zfs_prefetch_disable", 9),
            org.assertj.core.groups.Tuple.tuple("zfs", "zfs_vdev_scheduler", 10),
            org.assertj.core.groups.Tuple.tuple("spl", "spl_kmem_cache_slab_limit", 13));
  }

  @Test
  void lastOptionWinsPerParameterWithinAFile() {
    Map<String, ModuleOption> zfs = zfsConf().value().options("zfs");

    assertThat(zfs.get("zfs_arc_max").value()).contains("17179869184");
    assertThat(zfs.get("zfs_arc_max").line()).isEqualTo(7);
    assertThat(zfs.get("zfs_arc_min").value()).contains("1073741824");
    assertThat(zfs.get("zfs_txg_timeout").value()).contains("10");
    assertThat(zfs.get("zfs_prefetch_disable").value()).isEmpty();
    assertThat(zfs.get("zfs_vdev_scheduler").value()).contains("none");
    assertThat(zfs).doesNotContainKey("spl_kmem_cache_slab_limit");
  }

  @Test
  void hashesThatAreNotCommentsAreReported() {
    Parsed<ModprobeConf> parsed = zfsConf();

    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(7, 8, 11, 12);
    assertThat(parsed.diagnostics().get(0).message()).contains("not a comment");
    assertThat(parsed.diagnostics().get(1).message())
        .contains("indented '#' is not a comment").contains("ignores the line");
    assertThat(parsed.diagnostics().get(2).message()).contains("without module");
    assertThat(parsed.diagnostics().get(3).message()).contains("unknown command 'frobnicate'");
    assertThat(parsed.value().options()).noneMatch(o -> o.value().equals(Optional.of("1")));
  }

  @Test
  void filesAreMergedInNameOrderAndTheLastValueWins() {
    ModprobeConf zfs = zfsConf().value();
    ModprobeConf local =
        ModprobeConfParser.parse(
                Fixtures.read("host/modprobe/99-local.conf"), "files/etc/modprobe.d/99-local.conf")
            .value();
    ModprobeConf early =
        ModprobeConfParser.parse(
                Fixtures.read("host/modprobe/10-early.conf"), "files/etc/modprobe.d/10-early.conf")
            .value();

    Map<String, ModuleOption> effective = ModprobeConf.effective(List.of(zfs, local, early), "zfs");

    ModuleOption arcMax = effective.get("zfs_arc_max");
    assertThat(arcMax.value()).contains("17179869184");
    assertThat(arcMax.file()).isEqualTo(ZFS_CONF);
    assertThat(effective.get("zfs_arc_min").value()).contains("1073741824");
    Map<String, ModuleOption> extra = ModprobeConf.effective(List.of(early), "zfs_extra");
    assertThat(extra.get("zfs_arc_max").value()).contains("1");
  }

  @Test
  void aBackslashJoinsLinesWithoutASpace() {
    ModprobeConf conf =
        ModprobeConfParser.parse("options zfs zfs_arc_max=8\\\n589934592\n", "f").value();

    assertThat(conf.options("zfs").get("zfs_arc_max").value()).contains("8589934592");
  }

  @Test
  void emptyFileHasNoOptions() {
    Parsed<ModprobeConf> parsed = ModprobeConfParser.parse("", "f");
    assertThat(parsed.value().options()).isEmpty();
    assertThat(parsed.diagnostics()).isEmpty();
  }
}
