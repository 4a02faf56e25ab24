package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrontabParserTest {

  @Test
  void debianZfsutilsCronFile() {
    Parsed<CronTab> parsed =
        CrontabParser.parseSystem(
            Fixtures.read("host/cron-zfsutils-linux"), "files/etc/cron.d/zfsutils-linux");

    assertThat(parsed.diagnostics()).isEmpty();
    CronTab tab = parsed.value();
    assertThat(tab.environment()).containsEntry("PATH", "/usr/bin:/bin:/usr/sbin:/sbin");
    CronEntry trim = tab.entriesRunning("/usr/lib/zfs-linux/trim").get(0);
    assertThat(trim.timeFields()).containsExactly("24", "0", "1-7", "*", "*");
    assertThat(trim.schedule()).isEqualTo("24 0 1-7 * *");
    assertThat(trim.user()).contains("root");
    assertThat(trim.command())
        .startsWith("if [ $(date +\\%w) -eq 0 ]")
        .endsWith("then /usr/lib/zfs-linux/trim; fi");
    assertThat(trim.line()).isEqualTo(4);
    assertThat(tab.entriesRunning("/usr/lib/zfs-linux/scrub").get(0).timeFields().get(2))
        .isEqualTo("8-14");
  }

  @Test
  void systemCrontabWithSpecialsAndBadLines() {
    Parsed<CronTab> parsed = CrontabParser.parseSystem(Fixtures.read("host/crontab"), "files/etc/crontab");

    CronTab tab = parsed.value();
    assertThat(tab.environment()).containsEntry("SHELL", "/bin/sh")
        .containsEntry("MAILTO", "ops@example.lan");
    List<CronEntry> entries = tab.entries();
    assertThat(entries).hasSize(3);
    assertThat(entries.get(0).command()).isEqualTo("cd / && run-parts --report /etc/cron.hourly");
    assertThat(entries.get(1).special()).contains("@reboot");
    assertThat(entries.get(1).timeFields()).isEmpty();
    assertThat(entries.get(1).schedule()).isEqualTo("@reboot");
    assertThat(entries.get(2).timeFields().get(4)).isEqualTo("sun,mon");
    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(6, 7, 9);
    assertThat(parsed.diagnostics().get(0).message()).contains("needs 7");
    assertThat(parsed.diagnostics().get(1).message()).contains("unknown schedule '@fortnightly'");
    assertThat(parsed.diagnostics().get(2).message()).contains("invalid time field");
  }

  @Test
  void userCrontabHasNoUserColumn() {
    Parsed<CronTab> parsed =
        CrontabParser.parseUser(
            Fixtures.read("host/crontab-root"), "files/var/spool/cron/crontabs/root");

    List<CronEntry> entries = parsed.value().entries();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).user()).isEmpty();
    assertThat(entries.get(0).command()).isEqualTo("/usr/sbin/zpool trim rpool");
    assertThat(entries.get(1).command()).isEqualTo("/usr/sbin/zpool scrub rpool");
    assertThat(parsed.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(4));
  }
}
