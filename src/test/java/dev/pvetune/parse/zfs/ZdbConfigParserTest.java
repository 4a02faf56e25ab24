package dev.pvetune.parse.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ZdbConfigParserTest {
  private static final String FILE = "cmd/zdb-config-0.out";

  @Test
  void readsPoolAndTopLevelVdevs() {
    Parsed<ZdbConfig> parsed = ZdbConfigParser.parse(Fixtures.read("zfs/zdb-tank.out"), FILE);

    assertThat(parsed.diagnostics()).isEmpty();
    ZdbConfig config = parsed.value();
    assertThat(config.name()).isEqualTo("tank");
    assertThat(config.poolGuid()).contains("16903445850166170031");
    assertThat(config.fields()).containsEntry("hostname", "pve1")
        .containsEntry("com.delphix:has_per_vdev_zaps", "true")
        .containsEntry("hole_array[0]", "3");
    assertThat(config.line()).isEqualTo(2);
    assertThat(config.topLevelVdevs()).extracting(ZdbVdev::type)
        .containsExactly("raidz", "mirror", "mirror", "hole", "mirror");
    assertThat(config.realTopLevelVdevs()).hasSize(4);
  }

  @Test
  void raidzWithAshiftParityAndAMissingLeaf() {
    ZdbVdev raidz =
        ZdbConfigParser.parse(Fixtures.read("zfs/zdb-tank.out"), FILE)
            .value().topLevelVdevs().get(0);

    assertThat(raidz.id()).isEqualTo(OptionalLong.of(0));
    assertThat(raidz.ashift()).isEqualTo(OptionalInt.of(12));
    assertThat(raidz.nparity()).isEqualTo(OptionalInt.of(2));
    assertThat(raidz.asize()).isEqualTo(OptionalLong.of(95990936338432L));
    assertThat(raidz.isLog()).isFalse();
    assertThat(raidz.knownClass()).isEmpty();
    assertThat(raidz.statusName()).contains("raidz2-0");
    assertThat(raidz.children()).hasSize(6);
    assertThat(raidz.children().get(2).notPresent()).isTrue();
    assertThat(raidz.children().get(0).notPresent()).isFalse();
    assertThat(raidz.children().get(0).wholeDisk()).contains(true);
    assertThat(raidz.children().get(0).guid()).contains("13796952775983555730");
    assertThat(raidz.children().get(0).ashift()).isEmpty();
    assertThat(raidz.leafPaths())
        .hasSize(6)
        .first()
        .isEqualTo("/dev/disk/by-id/ata-ST16000NM001G-2KK103_ZL2A1B3C-part1");
    assertThat(raidz.line()).isEqualTo(20);
  }

  @Test
  void logVdevIsKnownSpecialIsNotRecordedInTheMosConfig() {
    ZdbConfig config = ZdbConfigParser.parse(Fixtures.read("zfs/zdb-tank.out"), FILE).value();

    ZdbVdev special = config.topLevelVdevs().get(1);
    assertThat(special.knownClass()).isEmpty();
    assertThat(special.statusName()).contains("mirror-1");
    ZdbVdev log = config.topLevelVdevs().get(2);
    assertThat(log.isLog()).isTrue();
    assertThat(log.knownClass()).contains(VdevClass.LOG);
    assertThat(log.ashift()).isEqualTo(OptionalInt.of(9));
    assertThat(log.wholeDisk()).isEmpty();
    assertThat(config.topLevelVdevs().get(3).isHoleOrIndirect()).isTrue();
  }

  @Test
  void nestedReplacingKeepsItsChildren() {
    ZdbVdev mirror =
        ZdbConfigParser.parse(Fixtures.read("zfs/zdb-tank.out"), FILE)
            .value().topLevelVdevs().get(4);

    ZdbVdev replacing = mirror.children().get(0);
    assertThat(replacing.type()).isEqualTo("replacing");
    assertThat(replacing.children()).extracting(ZdbVdev::path)
        .containsExactly(java.util.Optional.of("/dev/sdq1"), java.util.Optional.of("/dev/sdr1"));
    assertThat(replacing.children().get(0).fields()).containsEntry("offline", "1");
    assertThat(mirror.leafPaths()).containsExactly("/dev/sdq1", "/dev/sdr1", "/dev/sds1");
  }

  @Test
  void draidNameIsRebuiltLikeZpoolStatus() {
    ZdbVdev draid =
        ZdbConfigParser.parse(Fixtures.read("zfs/zdb-draid.out"), FILE)
            .value().topLevelVdevs().get(0);

    assertThat(draid.type()).isEqualTo("draid");
    assertThat(draid.draidData()).isEqualTo(OptionalInt.of(4));
    assertThat(draid.draidSpares()).isEqualTo(OptionalInt.of(1));
    assertThat(draid.draidGroups()).isEqualTo(OptionalInt.of(10));
    assertThat(draid.statusName()).contains("draid2:4d:11c:1s-0");
  }

  @Test
  void allocBiasIsUsedWhenPrinted() {
    String text =
        "MOS Configuration:\n"
            + "        name: 'p'\n"
            + "        vdev_tree:\n"
            + "            type: 'root'\n"
            + "            children[0]:\n"
            + "                type: 'disk'\n"
            + "                id: 0\n"
            + "                path: '/dev/sda'\n"
            + "                ashift: 12\n"
            + "                is_log: 0\n"
            + "                alloc_bias: 'special'\n";

    ZdbVdev disk = ZdbConfigParser.parse(text, FILE).value().topLevelVdevs().get(0);

    assertThat(disk.knownClass()).contains(VdevClass.SPECIAL);
    assertThat(disk.statusName()).contains("/dev/sda");
  }

  @Test
  void badNumbersAndLinesAreReported() {
    String text =
        "MOS Configuration:\n"
            + "        name: 'p'\n"
            + "        vdev_tree:\n"
            + "            children[0]:\n"
            + "                type: 'mirror'\n"
            + "                ashift: twelve\n"
            + "                what is this\n"
            + "            children[1]:\n"
            + "                id: 1\n"
            + "zdb: trailing complaint\n";

    Parsed<ZdbConfig> parsed = ZdbConfigParser.parse(text, FILE);

    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(7, 10, 6, 8);
    assertThat(parsed.diagnostics().get(2).message()).contains("ashift is not a number");
    assertThat(parsed.diagnostics().get(3).message()).contains("has no type");
    assertThat(parsed.value().topLevelVdevs()).hasSize(2);
    assertThat(parsed.value().topLevelVdevs().get(0).ashift()).isEmpty();
  }

  @Test
  void emptyOrForeignOutputIsRejected() {
    assertThatThrownBy(() -> ZdbConfigParser.parse("", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("empty output");
    assertThatThrownBy(() -> ZdbConfigParser.parse("zdb: can't open 'x': No such file\n", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not `zdb -C` output");
    assertThatThrownBy(() -> ZdbConfigParser.parse("MOS Configuration:\n        name: 'p'\n", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("no vdev_tree");
  }
}
