package dev.pvetune.parse.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PropertyStringTest {
  @Test
  void defaultValueFirstThenOptionsInWrittenOrder() throws Exception {
    PropertyString ps =
        PropertyString.parse("local-zfs:vm-101-disk-0,ssd=1,discard=on,iothread=1,size=32G");
    assertThat(ps.defaultValue()).contains("local-zfs:vm-101-disk-0");
    assertThat(ps.options().keySet()).containsExactly("ssd", "discard", "iothread", "size");
    assertThat(ps.flag("ssd")).contains(true);
    assertThat(ps.get("discard")).contains("on");
    assertThat(ps.size("size")).hasValue(32L << 30);
  }

  @Test
  void defaultValueMayComeAnywhereAndValuesMayContainEqualsAndSemicolons() throws Exception {
    PropertyString ps = PropertyString.parse("order=scsi0;ide2;net0, ,flags=+pcid;-md-clear,host");
    assertThat(ps.defaultValue()).contains("host");
    assertThat(ps.get("order")).contains("scsi0;ide2;net0");
    assertThat(ps.get("flags")).contains("+pcid;-md-clear");
    assertThat(PropertyString.parse("a=b=c").get("a")).contains("b=c");
  }

  @Test
  void booleansInEverySpelling() throws Exception {
    PropertyString ps = PropertyString.parse("a=on,b=YES,c=true,d=0,e=Off,f=no,g=FALSE,h=2");
    assertThat(ps.flag("a")).contains(true);
    assertThat(ps.flag("b")).contains(true);
    assertThat(ps.flag("c")).contains(true);
    assertThat(ps.flag("d")).contains(false);
    assertThat(ps.flag("e")).contains(false);
    assertThat(ps.flag("f")).contains(false);
    assertThat(ps.flag("g")).contains(false);
    assertThat(ps.flag("h")).isEmpty();
    assertThat(ps.flag("absent")).isEmpty();
  }

  @Test
  void invalidStringsAreRejectedAsAWhole() {
    assertThatThrownBy(() -> PropertyString.parse("a=1,a=2"))
        .isInstanceOf(PropertyStringException.class)
        .hasMessage("key 'a' is given twice");
    assertThatThrownBy(() -> PropertyString.parse("x,y"))
        .hasMessage("two values without a key ('x' and 'y')");
    assertThatThrownBy(() -> PropertyString.parse("vol,size="))
        .hasMessage("'size=' has no key or no value");
    assertThatThrownBy(() -> PropertyString.parse("=1"))
        .isInstanceOf(PropertyStringException.class);
  }

  @Test
  void emptyStringHasNothing() throws Exception {
    PropertyString ps = PropertyString.parse("");
    assertThat(ps.defaultValue()).isEmpty();
    assertThat(ps.options()).isEmpty();
  }

  @Test
  void sizesFollowParseSize() {
    assertThat(PveText.parseSize("528K")).hasValue(528L * 1024);
    assertThat(PveText.parseSize("4M")).hasValue(4L << 20);
    assertThat(PveText.parseSize("4MiB")).hasValue(4L << 20);
    assertThat(PveText.parseSize("104858K")).hasValue(104858L * 1024);
    assertThat(PveText.parseSize("13039G")).hasValue(13039L << 30);
    assertThat(PveText.parseSize("0T")).hasValue(0);
    assertThat(PveText.parseSize("1.5G")).hasValue(1610612736L);
    assertThat(PveText.parseSize("0.3K")).hasValue(307); // 307.2 truncated
    assertThat(PveText.parseSize("4096")).hasValue(4096);
    assertThat(PveText.parseSize("2T")).hasValue(2L << 40);
    assertThat(PveText.parseSize("4 G")).isEqualTo(OptionalLong.empty());
    assertThat(PveText.parseSize("4g")).isEmpty();
    assertThat(PveText.parseSize("4GB")).isEmpty();
    assertThat(PveText.parseSize("-1G")).isEmpty();
    assertThat(PveText.parseSize(".5G")).isEmpty();
    assertThat(PveText.parseSize("99999999999999T")).isEmpty();
  }

  @Test
  void splitListAcceptsCommasSemicolonsAndSpaces() {
    assertThat(PveText.splitList("images, rootdir;iso  backup"))
        .containsExactly("images", "rootdir", "iso", "backup");
    assertThat(PveText.splitList("  ")).isEmpty();
    assertThat(PveText.splitList("a b\0c d\0")).containsExactly("a b", "c d");
  }

  @Test
  void decodeText() {
    assertThat(PveText.decodeText("Owner%3A ops-team")).isEqualTo("Owner: ops-team");
    assertThat(PveText.decodeText("100%25 sure")).isEqualTo("100% sure");
    assertThat(PveText.decodeText("legacy%20space")).isEqualTo("legacy space");
    assertThat(PveText.decodeText("caf%C3%A9 ünï")).isEqualTo("café ünï");
    assertThat(PveText.decodeText("50% off %zz %4")).isEqualTo("50% off %zz %4");
    assertThat(PveText.decodesCleanly("%C3%A9")).isTrue();
    assertThat(PveText.decodesCleanly("%E9")).isFalse();
  }
}
