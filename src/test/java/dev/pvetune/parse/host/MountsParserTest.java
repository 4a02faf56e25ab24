package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

class MountsParserTest {
  private static final String FILE = "files/proc/mounts";

  @Test
  void readsMountsWithEscapesAndOptions() {
    Parsed<List<Mount>> parsed = MountsParser.parse(Fixtures.read("host/mounts.out"), FILE);

    assertThat(parsed.value()).hasSize(5);
    Mount root = parsed.value().get(1);
    assertThat(root.device()).isEqualTo("rpool/ROOT/pve-1");
    assertThat(root.mountPoint()).isEqualTo("/");
    assertThat(root.isZfs()).isTrue();
    assertThat(root.hasOption("xattr")).isTrue();
    assertThat(root.hasOption("posixacl")).isFalse();
    Mount spaced = parsed.value().get(3);
    assertThat(spaced.device()).isEqualTo("tank/media share");
    assertThat(spaced.mountPoint()).isEqualTo("/tank/media share");
    Mount nfs = parsed.value().get(4);
    assertThat(nfs.fsType()).isEqualTo("nfs4");
    assertThat(nfs.option("vers")).contains("4.2");
    assertThat(nfs.option("timeo")).isEmpty();
    assertThat(parsed.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(6));
  }

  @Test
  void emptyAndForeign() {
    assertThat(MountsParser.parse("", FILE).value()).isEmpty();
    assertThatThrownBy(() -> MountsParser.parse("MemTotal: 5 kB\n", FILE))
        .isInstanceOf(ParseException.class);
  }
}
