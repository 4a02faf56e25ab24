package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LsblkParserTest {
  private static final String FILE = "cmd/lsblk.out";

  @Test
  void modernOutputWithBooleansNumbersAndChildren() {
    Parsed<List<BlockDevice>> parsed = LsblkParser.parse(Fixtures.read("host/lsblk-O.json"), FILE);

    List<BlockDevice> devices = parsed.value();
    assertThat(devices).extracting(BlockDevice::name)
        .containsExactly("sda", "nvme0n1", "zd16", "sr0");
    BlockDevice sda = devices.get(0);
    assertThat(sda.rotational()).contains(true);
    assertThat(sda.sizeBytes()).isEqualTo(OptionalLong.of(16000900661248L));
    assertThat(sda.transport()).contains("sata");
    assertThat(sda.model()).contains("ST16000NM001G-2KK103");
    assertThat(sda.physicalSectorSize()).isEqualTo(OptionalInt.of(4096));
    assertThat(sda.logicalSectorSize()).isEqualTo(OptionalInt.of(512));
    assertThat(sda.path()).contains("/dev/sda");
    assertThat(sda.children()).extracting(BlockDevice::name).containsExactly("sda1", "sda9");
    assertThat(sda.children().get(0).parentKernelName()).contains("sda");
    assertThat(sda.children().get(0).transport()).isEmpty();
    assertThat(devices.get(1).rotational()).contains(false);
    assertThat(devices.get(1).transport()).contains("nvme");
    assertThat(devices.get(2).physicalSectorSize()).isEqualTo(OptionalInt.of(16384));
    assertThat(sda.flatten()).hasSize(3);
  }

  @Test
  void unreadableValuesAndNamelessDevicesAreReported() {
    Parsed<List<BlockDevice>> parsed = LsblkParser.parse(Fixtures.read("host/lsblk-O.json"), FILE);

    BlockDevice rom = parsed.value().get(3);
    assertThat(rom.rotational()).isEmpty();
    assertThat(rom.sizeBytes()).isEmpty();
    assertThat(parsed.diagnostics()).hasSize(3);
    assertThat(parsed.diagnostics().get(0).message()).contains("sr0").contains("size");
    assertThat(parsed.diagnostics().get(1).message()).contains("rota");
    assertThat(parsed.diagnostics().get(2).message()).contains("without a name");
  }

  @Test
  void oldUtilLinuxPrintsStrings() {
    Parsed<List<BlockDevice>> parsed =
        LsblkParser.parse(Fixtures.read("host/lsblk-old.json"), FILE);

    assertThat(parsed.diagnostics()).isEmpty();
    BlockDevice ssd = parsed.value().get(0);
    assertThat(ssd.rotational()).contains(false);
    assertThat(ssd.sizeBytes()).isEqualTo(OptionalLong.of(512110190592L));
    assertThat(ssd.model()).contains("Samsung SSD 860");
    assertThat(ssd.wwn()).isEmpty();
    assertThat(ssd.children().get(0).sizeBytes()).isEqualTo(OptionalLong.of(512109142016L));
    assertThat(parsed.value().get(1).rotational()).contains(true);
    assertThat(parsed.value().get(1).kernelName()).isEqualTo("sdc");
    assertThat(parsed.value().get(1).path()).isEmpty();
  }

  @Test
  void nonJsonIsRejected() {
    assertThatThrownBy(() -> LsblkParser.parse("NAME MAJ:MIN RM SIZE\nsda 8:0 0 1T\n", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("not JSON");
    assertThatThrownBy(() -> LsblkParser.parse("{\"devices\": []}", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("blockdevices");
    assertThatThrownBy(() -> LsblkParser.parse("", FILE)).isInstanceOf(ParseException.class);
  }
}
