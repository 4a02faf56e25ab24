package dev.pvetune.parse.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuantityTest {

  /** What zfs_nicenum prints (ZFS_NICENUM_1024): three significant digits, binary units. */
  private static String nicenum(long value) {
    String units = " KMGTPE";
    int index = 0;
    long n = value;
    while (n >= 1024 && index < 6) {
      n /= 1024;
      index++;
    }
    if (index == 0) {
      return Long.toString(n);
    }
    double scaled = value / Math.pow(1024, index);
    if ((value & ((1L << (10 * index)) - 1)) == 0) {
      return n + "" + units.charAt(index);
    }
    for (int precision = 2; precision >= 0; precision--) {
      String text = String.format(Locale.ROOT, "%." + precision + "f%c", scaled, units.charAt(index));
      if (text.length() <= 5) {
        return text;
      }
    }
    return String.format(Locale.ROOT, "%.0f%c", scaled, units.charAt(index));
  }

  @Test
  void plainIntegersAreExact() {
    qt().forAll(longs().between(0, Long.MAX_VALUE))
        .checkAssert(v -> assertThat(Quantity.parse(Long.toString(v))).contains(Quantity.exact(v)));
  }

  @Test
  void nicenumValuesComeBackWithinTheirPrecisionAndAreMarkedApproximate() {
    qt().forAll(longs().between(1024, Long.MAX_VALUE / 2))
        .checkAssert(
            v -> {
              Quantity q = Quantity.parse(nicenum(v)).orElseThrow();
              assertThat(q.exact()).isFalse();
              assertThat((double) Math.abs(q.value() - v)).isLessThanOrEqualTo(v * 0.005 + 1);
            });
  }

  @Test
  void bytesSuffixAndWords() {
    assertThat(Quantity.parse("0B")).contains(Quantity.exact(0));
    assertThat(Quantity.parse("512B")).contains(Quantity.exact(512));
    assertThat(Quantity.parse("1.02K")).contains(new Quantity(1044, false));
    assertThat(Quantity.parse("16E")).isEmpty();
    assertThat(Quantity.parse("99999999999999999999")).isEmpty();
    assertThat(Quantity.parse("-")).isEmpty();
    assertThat(Quantity.parse("none")).isEmpty();
    assertThat(Quantity.parse("1.5")).isEmpty();
    assertThat(Quantity.parse("-5")).isEmpty();
    assertThat(Quantity.parse(null)).isEmpty();
  }
}
