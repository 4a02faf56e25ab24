package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import dev.pvetune.parse.host.MemoryArray.ErrorCorrection;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DmidecodeMemoryParserTest {
  private static final String FILE = "cmd/dmidecode-memory.out";

  @Test
  void readsArraysAndDevices() {
    Parsed<DmiMemory> parsed =
        DmidecodeMemoryParser.parse(Fixtures.read("host/dmidecode-memory.out"), FILE);

    DmiMemory dmi = parsed.value();
    assertThat(dmi.arrays()).hasSize(2);
    MemoryArray system = dmi.systemMemoryArrays().get(0);
    assertThat(system.handle()).isEqualTo("0x1000");
    assertThat(system.errorCorrection()).isEqualTo(ErrorCorrection.MULTI_BIT_ECC);
    assertThat(system.errorCorrection().corrects()).isTrue();
    assertThat(system.errorCorrectionText()).contains("Multi-bit ECC");
    assertThat(system.numberOfDevices()).isEqualTo(OptionalInt.of(4));
    assertThat(system.maximumCapacity()).contains("2 TB");
    assertThat(system.line()).isEqualTo(5);
    assertThat(dmi.arrays().get(1).errorCorrection()).isEqualTo(ErrorCorrection.NONE);
    assertThat(dmi.arrays().get(1).isSystemMemory()).isFalse();

    assertThat(dmi.devices()).hasSize(4);
    MemoryDevice a1 = dmi.devices().get(0);
    assertThat(a1.sizeBytes()).isEqualTo(OptionalLong.of(32L << 30));
    assertThat(a1.totalWidthBits()).isEqualTo(OptionalInt.of(72));
    assertThat(a1.dataWidthBits()).isEqualTo(OptionalInt.of(64));
    assertThat(a1.arrayHandle()).contains("0x1000");
    assertThat(a1.partNumber()).contains("M393A4K40EB3-CWE");
    assertThat(dmi.devices().get(1).installed()).isFalse();
    assertThat(dmi.devices().get(1).totalWidthBits()).isEmpty();
    assertThat(dmi.devices().get(2).sizeBytes()).isEqualTo(OptionalLong.of(16384L << 20));
    assertThat(dmi.installedBytes()).isEqualTo(OptionalLong.of((32L << 30) + (16L << 30)));

    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(51);
    assertThat(parsed.diagnostics().get(0).message()).contains("'lots'");
  }

  @Test
  void hostWithoutDmiGivesEmptyTables() {
    Parsed<DmiMemory> parsed =
        DmidecodeMemoryParser.parse(
            "# dmidecode 3.4\n# No SMBIOS nor DMI entry point found, sorry.\n", FILE);

    assertThat(parsed.value().arrays()).isEmpty();
    assertThat(parsed.value().installedBytes()).isEmpty();
    assertThat(parsed.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("no memory records"));
  }

  @Test
  void unknownAndMissingEccAreReported() {
    String text =
        "Handle 0x0001, DMI type 16, 23 bytes\nPhysical Memory Array\n\tUse: System Memory\n"
            + "\tError Correction Type: Quantum\n\n"
            + "Handle 0x0002, DMI type 16, 23 bytes\nPhysical Memory Array\n\tUse: System Memory\n";

    Parsed<DmiMemory> parsed = DmidecodeMemoryParser.parse(text, FILE);

    assertThat(parsed.value().arrays()).extracting(MemoryArray::errorCorrection)
        .containsOnly(ErrorCorrection.UNKNOWN);
    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(1, 6);
  }

  @Test
  void foreignTextIsRejected() {
    assertThatThrownBy(() -> DmidecodeMemoryParser.parse("Permission denied\n", FILE))
        .isInstanceOf(ParseException.class);
  }
}
