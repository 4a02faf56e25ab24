package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MeminfoParserTest {
  private static final String FILE = "files/proc/meminfo";

  @Test
  void readsKilobyteFieldsAsBytesAndCountsAsCounts() {
    Parsed<Meminfo> parsed = MeminfoParser.parse(Fixtures.read("host/meminfo.out"), FILE);

    assertThat(parsed.diagnostics()).isEmpty();
    Meminfo m = parsed.value();
    assertThat(m.totalBytes()).isEqualTo(OptionalLong.of(131848996L * 1024));
    assertThat(m.availableBytes()).isEqualTo(OptionalLong.of(61991340L * 1024));
    assertThat(m.swapTotalBytes()).isEqualTo(OptionalLong.of(8388604L * 1024));
    assertThat(m.swapFreeBytes()).isEqualTo(OptionalLong.of(8068604L * 1024));
    assertThat(m.count("HugePages_Total")).isEqualTo(OptionalLong.of(16));
    assertThat(m.bytes("HugePages_Total")).isEmpty();
    assertThat(m.count("MemTotal")).isEmpty();
    assertThat(m.bytes("Unaccepted")).isEqualTo(OptionalLong.of(0));
    assertThat(m.entry("Cached").orElseThrow().line()).isEqualTo(5);
    assertThat(m.bytes("Zswap")).isEmpty();
  }

  @Test
  void badLinesAreSkipped() {
    Parsed<Meminfo> parsed =
        MeminfoParser.parse("MemTotal: 100 kB\nMemFree 5 kB\nCached:    x kB\n", FILE);

    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(2, 3);
    assertThat(parsed.value().entries()).containsOnlyKeys("MemTotal");
  }

  @Test
  void missingMemTotalIsReported() {
    Parsed<Meminfo> parsed = MeminfoParser.parse("MemFree: 5 kB\n", FILE);

    assertThat(parsed.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("MemTotal"));
  }

  @Test
  void emptyOrForeignFilesAreRejected() {
    assertThatThrownBy(() -> MeminfoParser.parse("", FILE)).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> MeminfoParser.parse("hits 4 100\n", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not /proc/meminfo");
  }
}
