package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemdTimersParserTest {
  private static final String FILE = "cmd/timers.out";

  @Test
  void readsUnitsAndTimesDespiteVariableSpacing() {
    Parsed<List<SystemdTimer>> parsed =
        SystemdTimersParser.parse(Fixtures.read("host/timers.out"), FILE);

    List<SystemdTimer> timers = parsed.value();
    assertThat(timers).extracting(SystemdTimer::unit)
        .containsExactly(
            "dpkg-db-backup.timer",
            "e2scrub_all.timer",
            "zfs-scrub-monthly@rpool.timer",
            "zfs-trim-weekly@tank.timer",
            "fstrim.timer");
    SystemdTimer first = timers.get(0);
    assertThat(first.next()).contains("Mon 2024-08-12 00:00:00 CEST");
    assertThat(first.left()).contains("4h 3min left");
    assertThat(first.last()).contains("Sun 2024-08-11 00:00:01 CEST");
    assertThat(first.passed()).contains("19h ago");
    assertThat(first.activates()).contains("dpkg-db-backup.service");
    assertThat(first.nextLocal()).contains(LocalDateTime.of(2024, 8, 12, 0, 0, 0));
    assertThat(timers.get(1).left()).contains("2 weeks 5 days left");
    assertThat(timers.get(1).passed()).contains("1 week 0 days ago");
    SystemdTimer inactive = timers.get(2);
    assertThat(inactive.isScheduled()).isFalse();
    assertThat(inactive.last()).isEmpty();
    assertThat(inactive.activates()).contains("zfs-scrub-monthly@rpool.service");
    SystemdTimer ranOnce = timers.get(3);
    assertThat(ranOnce.next()).isEmpty();
    assertThat(ranOnce.lastLocal()).contains(LocalDateTime.of(2024, 8, 10, 10, 0, 0));
    assertThat(timers.get(4).next()).contains("Tue 2024-08-13 06:12:00 UTC");
    assertThat(timers.get(4).last()).isEmpty();
    assertThat(parsed.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(6));
  }

  @Test
  void emptyAndForeign() {
    assertThat(SystemdTimersParser.parse("", FILE).value()).isEmpty();
    assertThatThrownBy(
            () -> SystemdTimersParser.parse("System has not been booted with systemd\n", FILE))
        .isInstanceOf(ParseException.class);
  }
}
