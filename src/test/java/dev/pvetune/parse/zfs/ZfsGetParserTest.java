package dev.pvetune.parse.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZfsGetParserTest {
  private static final String FILE = "cmd/zfs-get.out";

  @Test
  void readsDatasetsInOrderWithTypes() {
    Parsed<DatasetTable> parsed = ZfsGetParser.parse(Fixtures.read("zfs/zfs-get.out"), FILE);

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.value().datasets())
        .extracting(Dataset::name)
        .containsExactly(
            "rpool",
            "rpool/data",
            "rpool/data/vm-101-disk-0",
            "rpool/data/vm-102-disk-0",
            "rpool/data/subvol-105-disk-0",
            "tank/media share/child ds");
    Dataset zvol = parsed.value().dataset("rpool/data/vm-101-disk-0").orElseThrow();
    assertThat(zvol.type()).contains(DatasetType.VOLUME);
    assertThat(zvol.line()).isEqualTo(17);
    assertThat(zvol.pool()).isEqualTo("rpool");
    assertThat(parsed.value().dataset("rpool").orElseThrow().type())
        .contains(DatasetType.FILESYSTEM);
  }

  @Test
  void keepsValueSourceAndLineOfEachProperty() {
    Dataset zvol =
        ZfsGetParser.parse(Fixtures.read("zfs/zfs-get.out"), FILE)
            .value()
            .dataset("rpool/data/vm-101-disk-0")
            .orElseThrow();

    PropertyValue volsize = zvol.property("volsize").orElseThrow();
    assertThat(volsize.raw()).isEqualTo("34359738368");
    assertThat(volsize.source()).isEqualTo(PropertySource.LOCAL);
    assertThat(volsize.line()).isEqualTo(24);
    assertThat(volsize.quantity()).contains(Quantity.exact(34359738368L));

    PropertyValue compression = zvol.property("compression").orElseThrow();
    assertThat(compression.source().kind()).isEqualTo(PropertySource.Kind.INHERITED);
    assertThat(compression.source().inheritedFrom()).contains("rpool");

    assertThat(zvol.property("used").orElseThrow().source()).isEqualTo(PropertySource.NONE);
    assertThat(zvol.property("volblocksize").orElseThrow().source())
        .isEqualTo(PropertySource.DEFAULT);
    assertThat(zvol.property("compressratio").orElseThrow().ratio())
        .contains(new BigDecimal("1.28"));
    assertThat(zvol.property("creation").orElseThrow().epochSeconds())
        .contains(Instant.ofEpochSecond(1712145600L));
    // GUIDs are unsigned 64-bit; above Long.MAX_VALUE they stay text only.
    assertThat(zvol.property("guid").orElseThrow().quantity()).isEmpty();
    assertThat(zvol.value("guid")).contains("9931476253094621807");
    assertThat(zvol.property("readonly").orElseThrow().onOff()).contains(false);
    // "none" stays a word even with -p.
    assertThat(zvol.property("snapshot_limit").orElseThrow().quantity()).isEmpty();
    assertThat(zvol.value("snapshot_limit")).contains("none");
    assertThat(zvol.property("recordsize")).isEmpty();
  }

  @Test
  void splitsOnTabsOnlySoNamesAndSourcesKeepTheirSpaces() {
    Dataset ds =
        ZfsGetParser.parse(Fixtures.read("zfs/zfs-get.out"), FILE)
            .value()
            .dataset("tank/media share/child ds")
            .orElseThrow();

    assertThat(ds.value("mountpoint")).contains("/tank/media share");
    assertThat(ds.property("compression").orElseThrow().source().inheritedFrom())
        .contains("tank/media share");
    // A user property value may itself contain a TAB.
    assertThat(ds.value("com.example:note")).contains("two\twords");
    assertThat(ds.value("org.example:empty")).contains("");
    assertThat(ds.userProperties()).containsOnlyKeys("com.example:note", "org.example:empty");
    assertThat(ds.pool()).isEqualTo("tank");
  }

  @Test
  void userPropertiesKeepTheirModulePrefix() {
    DatasetTable table = ZfsGetParser.parse(Fixtures.read("zfs/zfs-get.out"), FILE).value();

    Dataset data = table.dataset("rpool/data").orElseThrow();
    assertThat(data.userProperties())
        .containsOnlyKeys("com.sun:auto-snapshot", "org.debian:periodic-trim");
    assertThat(data.property("org.debian:periodic-trim").orElseThrow().source().inheritedFrom())
        .contains("rpool");
    assertThat(table.dataset("rpool/data/vm-102-disk-0").orElseThrow().value("sync"))
        .contains("disabled");
  }

  @Test
  void humanValuesAreKeptAndMarkedApproximate() {
    Parsed<DatasetTable> parsed =
        ZfsGetParser.parse(Fixtures.read("zfs/zfs-get-human.out"), FILE);

    assertThat(parsed.diagnostics()).isEmpty();
    Dataset zvol = parsed.value().datasets().get(0);
    PropertyValue used = zvol.property("used").orElseThrow();
    assertThat(used.raw()).isEqualTo("10.5G");
    assertThat(used.quantity()).contains(new Quantity(11274289152L, false));
    assertThat(zvol.quantity("volsize")).contains(new Quantity(34359738368L, false));
    assertThat(zvol.quantity("volblocksize")).contains(new Quantity(16384L, false));
    assertThat(zvol.quantity("written")).contains(Quantity.exact(512));
    assertThat(zvol.quantity("logicalused")).contains(Quantity.exact(0));
    assertThat(zvol.property("compressratio").orElseThrow().ratio())
        .contains(new BigDecimal("1.28"));
    assertThat(zvol.property("creation").orElseThrow().epochSeconds()).isEmpty();
    assertThat(zvol.quantity("refreservation")).isEmpty();
  }

  @Test
  void badLinesBecomeDiagnosticsWithTheirLineAndTheRestIsRead() {
    Parsed<DatasetTable> parsed =
        ZfsGetParser.parse(Fixtures.read("zfs/zfs-get-malformed.out"), FILE);

    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line)
        .containsExactly(3, 4, 6);
    assertThat(parsed.diagnostics().get(0).message()).contains("expected 4 TAB-separated fields");
    assertThat(parsed.diagnostics().get(1).message()).contains("unknown SOURCE 'somewhere'");
    assertThat(parsed.diagnostics().get(0).toString()).startsWith("cmd/zfs-get.out:3: ");
    Dataset rpool = parsed.value().dataset("rpool").orElseThrow();
    assertThat(rpool.properties()).containsOnlyKeys("type", "used", "sync");
  }

  @Test
  void repeatedPropertyKeepsTheLaterValueAndSaysSo() {
    String text = "rpool\tsync\tstandard\tdefault\nrpool\tsync\tdisabled\tlocal\n";

    Parsed<DatasetTable> parsed = ZfsGetParser.parse(text, FILE);

    assertThat(parsed.value().datasets().get(0).value("sync")).contains("disabled");
    assertThat(parsed.value().datasets().get(0).type()).isEmpty();
    assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.message()).contains("repeated");
    });
  }

  @Test
  void emptyOutputMeansNoDatasets() {
    Parsed<DatasetTable> parsed = ZfsGetParser.parse("", FILE);

    assertThat(parsed.value().datasets()).isEmpty();
    assertThat(parsed.diagnostics()).isEmpty();
  }

  @Test
  void outputWithoutTabsIsRejectedAsAWhole() {
    assertThatThrownBy(() -> ZfsGetParser.parse(Fixtures.read("zfs/not-zfs-get.out"), FILE))
        .isInstanceOf(ParseException.class)
        .satisfies(e -> {
          ParseException pe = (ParseException) e;
          assertThat(pe.line()).isEqualTo(1);
          assertThat(pe.describe()).startsWith("cmd/zfs-get.out:1: not `zfs get -H");
        });
  }

  @Test
  void unknownTypeIsReported() {
    Parsed<DatasetTable> parsed = ZfsGetParser.parse("x\ttype\tweird\t-\n", FILE);

    assertThat(parsed.value().datasets().get(0).type()).isEqualTo(Optional.empty());
    assertThat(parsed.diagnostics()).singleElement()
        .extracting(Diagnostic::message).asString().contains("unknown dataset type 'weird'");
  }
}
