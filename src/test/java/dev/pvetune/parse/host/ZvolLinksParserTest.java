package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ZvolLinksParserTest {
  private static final String FILE = "cmd/zvol-links.out";

  @Test
  void mapsLinksToDevicesAndBack() {
    Parsed<ZvolLinks> parsed = ZvolLinksParser.parse(Fixtures.read("host/zvol-links.out"), FILE);

    ZvolLinks links = parsed.value();
    assertThat(links.links()).hasSize(6);
    ZvolLink disk = links.byDataset("rpool/data/vm-101-disk-0").orElseThrow();
    assertThat(disk.device()).isEqualTo("/dev/zd16");
    assertThat(disk.deviceName()).isEqualTo("zd16");
    assertThat(disk.partition()).isEmpty();
    ZvolLink part = links.byDevice("/dev/zd16p2").orElseThrow();
    assertThat(part.dataset()).isEqualTo("rpool/data/vm-101-disk-0");
    assertThat(part.partition()).isEqualTo(OptionalInt.of(2));
    assertThat(links.byDevice("zd48").orElseThrow().dataset()).isEqualTo("rpool/swap");
    assertThat(links.byDevice("/dev/zd999")).isEmpty();
  }

  @Test
  void aZvolNamedLikeAPartitionKeepsItsName() {
    ZvolLinks links = ZvolLinksParser.parse(Fixtures.read("host/zvol-links.out"), FILE).value();

    assertThat(links.byDevice("zd64").orElseThrow().dataset()).isEqualTo("tank/odd-name-part7");
    assertThat(links.byDevice("zd80").orElseThrow().dataset()).isEqualTo("tank/vol@snap");
  }

  @Test
  void badLinesAreReported() {
    Parsed<ZvolLinks> parsed = ZvolLinksParser.parse(Fixtures.read("host/zvol-links.out"), FILE);

    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(7, 8);
    assertThat(parsed.diagnostics().get(1).message()).contains("not a device");
  }

  @Test
  void noZvolsAndForeignText() {
    assertThat(ZvolLinksParser.parse("", FILE).value().links()).isEmpty();
    assertThatThrownBy(() -> ZvolLinksParser.parse("ls: cannot access '/dev/zvol'\n", FILE))
        .isInstanceOf(ParseException.class);
  }
}
