package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwapParserTest {

  @Test
  void procSwapsInKilobytesWithOctalEscapesAndDeletedFiles() {
    Parsed<List<SwapDevice>> parsed =
        SwapParser.parseProcSwaps(Fixtures.read("host/proc-swaps.out"), "files/proc/swaps");

    assertThat(parsed.value()).hasSize(3);
    SwapDevice zvol = parsed.value().get(1);
    assertThat(zvol.name()).isEqualTo("/dev/zd48");
    assertThat(zvol.isZvolDevice()).isTrue();
    assertThat(zvol.sizeBytes()).isEqualTo(8388604L * 1024);
    assertThat(zvol.usedBytes()).isEqualTo(320000L * 1024);
    assertThat(zvol.priority()).isEqualTo(-3);
    assertThat(parsed.value().get(0).isZvolDevice()).isFalse();
    SwapDevice file = parsed.value().get(2);
    assertThat(file.name()).isEqualTo("/var/swap files/old.swap");
    assertThat(file.deleted()).isTrue();
    assertThat(file.type()).isEqualTo("file");
    assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(5);
      assertThat(d.message()).contains("not a number");
    });
  }

  @Test
  void swaponRawInBytesWithHexEscapes() {
    Parsed<List<SwapDevice>> parsed =
        SwapParser.parseSwapon(Fixtures.read("host/swapon.out"), "cmd/swapon.out");

    assertThat(parsed.value()).extracting(SwapDevice::name)
        .containsExactly("/dev/sda3", "/dev/zd48", "/srv/swap space/swapfile");
    assertThat(parsed.value().get(1).usedBytes()).isEqualTo(327680000L);
    assertThat(parsed.value().get(2).priority()).isEqualTo(10);
    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(4);
  }

  @Test
  void noSwapIsEmpty() {
    assertThat(SwapParser.parseSwapon("", "cmd/swapon.out").value()).isEmpty();
    assertThat(
            SwapParser.parseProcSwaps("Filename\tType\tSize\tUsed\tPriority\n", "files/proc/swaps")
                .value())
        .isEmpty();
  }

  @Test
  void foreignTextIsRejected() {
    assertThatThrownBy(() -> SwapParser.parseProcSwaps("/dev/sda3 partition 1 0 -2\n", "f"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("header");
    assertThatThrownBy(() -> SwapParser.parseSwapon("swapon: bad usage\n", "f"))
        .isInstanceOf(ParseException.class);
  }

  @Test
  void unescapesMultiByteCharacters() {
    SwapDevice device =
        SwapParser.parseSwapon("/srv/\\xc3\\xa4rger partition 1024 0 -2\n", "f").value().get(0);
    assertThat(device.name()).isEqualTo("/srv/\u00e4rger");
  }
}
