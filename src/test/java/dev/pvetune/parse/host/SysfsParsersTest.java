package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.math.BigInteger;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SysfsParsersTest {

  @Test
  void moduleParameterTakesItsNameFromTheFile() {
    Parsed<ModuleParameter> parsed =
        ModuleParameterParser.parse("8589934592\n", "files/sys/module/zfs/parameters/zfs_arc_max");

    assertThat(parsed.value().name()).isEqualTo("zfs_arc_max");
    assertThat(parsed.value().longValue()).isEqualTo(OptionalLong.of(8589934592L));
    assertThat(parsed.diagnostics()).isEmpty();
  }

  @Test
  void moduleParameterWordsHugeValuesAndJunk() {
    ModuleParameter huge =
        ModuleParameterParser.parse("18446744073709551615\n", "p/zfs_arc_sys_free").value();
    assertThat(huge.longValue()).isEmpty();
    assertThat(huge.integerValue()).contains(new BigInteger("18446744073709551615"));
    ModuleParameter word = ModuleParameterParser.parse("fastest\n", "p/zfs_vdev_raidz_impl").value();
    assertThat(word.value()).isEqualTo("fastest");
    assertThat(word.longValue()).isEmpty();
    Parsed<ModuleParameter> twoLines = ModuleParameterParser.parse("1\n2\n", "p/x");
    assertThat(twoLines.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(2));
    assertThatThrownBy(() -> ModuleParameterParser.parse("", "p/x"))
        .isInstanceOf(ParseException.class);
  }

  @Test
  void blockStatWith17Fields() {
    BlockStat stat =
        BlockStatParser.parse(
                "    1843        0   117952      612  2301544        0 18412352  7345121"
                    + "        0  1162420  7345733        0        0        0        0    41230"
                    + "     1432\n",
                "files/sys/block/zd16/stat")
            .value();

    assertThat(stat.fieldCount()).isEqualTo(17);
    assertThat(stat.readIos()).isEqualTo(1843);
    assertThat(stat.writeSectors()).isEqualTo(18412352);
    assertThat(stat.writtenBytes()).isEqualTo(18412352L * 512);
    assertThat(stat.ioTicksMs()).isEqualTo(1162420);
    assertThat(stat.flushIos()).isEqualTo(OptionalLong.of(41230));
    assertThat(stat.flushTicksMs()).isEqualTo(OptionalLong.of(1432));
    assertThat(stat.allZero()).isFalse();
  }

  @Test
  void blockStatWith11And15Fields() {
    BlockStat old = BlockStatParser.parse("0 0 0 0 0 0 0 0 0 0 0\n", "f").value();
    assertThat(old.fieldCount()).isEqualTo(11);
    assertThat(old.discardIos()).isEmpty();
    assertThat(old.allZero()).isTrue();
    BlockStat discard =
        BlockStatParser.parse("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15\n", "f").value();
    assertThat(discard.discardSectors()).isEqualTo(OptionalLong.of(14));
    assertThat(discard.flushIos()).isEmpty();
  }

  @Test
  void blockStatRejectsOtherShapes() {
    assertThatThrownBy(() -> BlockStatParser.parse("1 2 3\n", "files/sys/block/sda/stat"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("found 3");
    assertThatThrownBy(() -> BlockStatParser.parse("1 2 3 4 5 6 7 8 9 10 x\n", "f"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("field 11");
    assertThatThrownBy(() -> BlockStatParser.parse("", "f")).isInstanceOf(ParseException.class);
  }

  @Test
  void rotationalFlag() {
    assertThat(RotationalFlagParser.parse("1\n", "f").value()).isTrue();
    assertThat(RotationalFlagParser.parse("0\n", "f").value()).isFalse();
    assertThatThrownBy(() -> RotationalFlagParser.parse("yes\n", "files/sys/block/sda/queue/rotational"))
        .isInstanceOf(ParseException.class)
        .satisfies(e -> assertThat(((ParseException) e).describe())
            .isEqualTo("files/sys/block/sda/queue/rotational:1: expected 0 or 1, found 'yes'"));
  }
}
