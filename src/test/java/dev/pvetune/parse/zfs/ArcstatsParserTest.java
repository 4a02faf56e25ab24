package dev.pvetune.parse.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ArcstatsParserTest {
  private static final String FILE = "files/proc/spl/kstat/zfs/arcstats";

  @Test
  void readsOpenZfs22Keys() {
    Parsed<Arcstats> parsed = ArcstatsParser.parse(Fixtures.read("zfs/arcstats-2.2.out"), FILE);

    assertThat(parsed.diagnostics()).isEmpty();
    Arcstats arc = parsed.value();
    assertThat(arc.size()).isEqualTo(OptionalLong.of(17163020568L));
    assertThat(arc.targetSize()).isEqualTo(OptionalLong.of(17179869184L));
    assertThat(arc.maxSize()).isEqualTo(OptionalLong.of(17179869184L));
    assertThat(arc.minSize()).isEqualTo(OptionalLong.of(4218380288L));
    assertThat(arc.value("iohits")).isEqualTo(OptionalLong.of(1290233));
    assertThat(arc.value("p")).isEmpty();
    assertThat(arc.value("arc_meta_limit")).isEmpty();
    assertThat(arc.hasAdaptiveEvictionKeys()).isTrue();
    assertThat(arc.stat("size").orElseThrow().line()).isEqualTo(20);
    assertThat(arc.stat("memory_available_bytes").orElseThrow().type()).isEqualTo(3);
  }

  @Test
  void readsOlderKeysAndNegativeInt64() {
    Arcstats arc = ArcstatsParser.parse(Fixtures.read("zfs/arcstats-2.1.out"), FILE).value();

    assertThat(arc.value("p")).isEqualTo(OptionalLong.of(6442450944L));
    assertThat(arc.value("arc_meta_limit")).isEqualTo(OptionalLong.of(6442450944L));
    assertThat(arc.value("memory_available_bytes")).isEqualTo(OptionalLong.of(-1342177280L));
    assertThat(arc.value("iohits")).isEmpty();
    assertThat(arc.hasAdaptiveEvictionKeys()).isFalse();
  }

  @Test
  void badRowsAreSkippedWithTheirLine() {
    Parsed<Arcstats> parsed =
        ArcstatsParser.parse(Fixtures.read("zfs/arcstats-malformed.out"), FILE);

    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line)
        .containsExactly(4, 5, 6, 7, 8);
    assertThat(parsed.diagnostics().get(1).message()).contains("size").contains("'12abc'");
    assertThat(parsed.diagnostics().get(2).message()).contains("kstat type 7");
    assertThat(parsed.diagnostics().get(3).message()).contains("exceeds");
    assertThat(parsed.value().stats()).containsOnlyKeys("hits", "c_max");
  }

  @Test
  void headerlessAndEmptyFiles() {
    Parsed<Arcstats> noKstatLine =
        ArcstatsParser.parse("name type data\nsize 4 100\n", FILE);
    assertThat(noKstatLine.value().size()).isEqualTo(OptionalLong.of(100));

    assertThatThrownBy(() -> ArcstatsParser.parse("", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("empty file");
    assertThatThrownBy(() -> ArcstatsParser.parse("MemTotal:  1000 kB\n", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not a kstat file");
  }
}
