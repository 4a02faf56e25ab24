package dev.pvetune.parse.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import org.junit.jupiter.api.Test;

class ZfsVersionParserTest {
  private static final String FILE = "cmd/zfs-version.out";

  @Test
  void readsUserlandAndModule() {
    Parsed<ZfsVersions> parsed =
        ZfsVersionParser.parse("zfs-2.2.7-pve1\nzfs-kmod-2.2.7-pve1\n", FILE);

    assertThat(parsed.diagnostics()).isEmpty();
    OpenZfsVersion userland = parsed.value().userland().orElseThrow();
    assertThat(userland.major()).isEqualTo(2);
    assertThat(userland.minor()).isEqualTo(2);
    assertThat(userland.patch()).isEqualTo(7);
    assertThat(userland.suffix()).isEqualTo("pve1");
    assertThat(parsed.value().kernelModule()).contains(userland);
    assertThat(parsed.value().mismatch()).isFalse();
  }

  @Test
  void sysModuleVersionIsTheModule() {
    ZfsVersions versions = ZfsVersionParser.parse("2.3.3-pve1\n", FILE).value();

    assertThat(versions.userland()).isEmpty();
    assertThat(versions.effective().orElseThrow().isAtLeast(2, 3)).isTrue();
  }

  @Test
  void pendingRebootShowsAsMismatch() {
    ZfsVersions versions =
        ZfsVersionParser.parse("zfs-2.2.7-pve1\nzfs-kmod-2.2.6-pve1\n", FILE).value();

    assertThat(versions.mismatch()).isTrue();
    assertThat(versions.effective().orElseThrow().patch()).isEqualTo(6);
  }

  @Test
  void ordering() {
    OpenZfsVersion v0 = OpenZfsVersion.parse("0.8.6-pve1").orElseThrow();
    OpenZfsVersion v21 = OpenZfsVersion.parse("2.1.5-1ubuntu6~22.04.2").orElseThrow();
    OpenZfsVersion rc = OpenZfsVersion.parse("2.3.0-rc5").orElseThrow();
    OpenZfsVersion rel = OpenZfsVersion.parse("2.3.0-pve1").orElseThrow();
    OpenZfsVersion later = OpenZfsVersion.parse("2.3.10").orElseThrow();

    assertThat(v0).isLessThan(v21);
    assertThat(v21).isLessThan(rc);
    assertThat(rc).isLessThan(rel);
    assertThat(rel).isLessThan(later);
    assertThat(v21.suffix()).isEqualTo("1ubuntu6~22.04.2");
    assertThat(v21.isAtLeast(2, 2)).isFalse();
    assertThat(later.isAtLeast(2, 3)).isTrue();
  }

  @Test
  void junkIsReportedAndNoVersionRejected() {
    Parsed<ZfsVersions> parsed = ZfsVersionParser.parse("zfs-2.2.7-pve1\nzfs-kmod-unknown\n", FILE);
    assertThat(parsed.diagnostics()).singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(2));
    assertThat(parsed.value().kernelModule()).isEmpty();

    assertThatThrownBy(() -> ZfsVersionParser.parse("", FILE)).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> ZfsVersionParser.parse("command not found\n", FILE))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("no OpenZFS version");
  }
}
