package dev.pvetune.parse.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotListParserTest {
  private static final String FILE = "cmd/zfs-snapshots.out";

  @Test
  void readsLiteralSnapshotsIncludingNamesWithSpaces() {
    Parsed<List<Snapshot>> parsed =
        SnapshotListParser.parse(Fixtures.read("zfs/snapshots.out"), FILE);

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.value()).hasSize(3);
    Snapshot first = parsed.value().get(0);
    assertThat(first.dataset()).isEqualTo("rpool/ROOT/pve-1");
    assertThat(first.snapshot()).isEqualTo("before-upgrade");
    assertThat(first.pool()).isEqualTo("rpool");
    assertThat(first.used()).contains(Quantity.exact(1073741824L));
    assertThat(first.referenced()).contains(Quantity.exact(5368610816L));
    assertThat(first.creation()).contains(Instant.ofEpochSecond(1715600000L));
    Snapshot spaced = parsed.value().get(2);
    assertThat(spaced.dataset()).isEqualTo("tank/media share");
    assertThat(spaced.snapshot()).isEqualTo("auto 2024-08-01");
    assertThat(spaced.line()).isEqualTo(3);
  }

  @Test
  void humanFormIsApproximateAndItsDateIsLocal() {
    Parsed<List<Snapshot>> parsed =
        SnapshotListParser.parse(
            Fixtures.read("zfs/snapshots-human.out"), FILE, ZoneId.of("Europe/Vienna"));

    assertThat(parsed.diagnostics()).isEmpty();
    Snapshot snap = parsed.value().get(0);
    assertThat(snap.used()).contains(new Quantity(503316480L, false));
    assertThat(snap.creation()).contains(Instant.parse("2024-08-13T07:05:00Z"));
    Snapshot tiny = parsed.value().get(1);
    assertThat(tiny.used()).contains(Quantity.exact(0));
    assertThat(tiny.referenced()).contains(Quantity.exact(512));
    assertThat(tiny.creation()).contains(Instant.parse("2024-12-31T23:00:00Z"));
  }

  @Test
  void badLinesAreReported() {
    Parsed<List<Snapshot>> parsed =
        SnapshotListParser.parse(Fixtures.read("zfs/snapshots-malformed.out"), FILE);

    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(2, 3, 5, 5);
    assertThat(parsed.diagnostics().get(0).message()).contains("not a snapshot name");
    assertThat(parsed.value()).extracting(Snapshot::snapshot).containsExactly("ok", "bad");
    assertThat(parsed.value().get(1).used()).isEmpty();
    assertThat(parsed.value().get(1).creation()).isEmpty();
  }

  @Test
  void emptyAndForeignOutput() {
    assertThat(SnapshotListParser.parse("", FILE).value()).isEmpty();
    assertThatThrownBy(() -> SnapshotListParser.parse("no datasets available\n", FILE))
        .isInstanceOf(ParseException.class);
  }
}
