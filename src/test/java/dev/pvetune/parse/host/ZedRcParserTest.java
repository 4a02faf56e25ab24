package dev.pvetune.parse.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Fixtures;
import dev.pvetune.parse.Parsed;
import org.junit.jupiter.api.Test;

class ZedRcParserTest {
  private static final String FILE = "files/etc/zfs/zed.d/zed.rc";

  @Test
  void activeAssignmentsAndCommentedDefaults() {
    Parsed<ZedRc> parsed = ZedRcParser.parse(Fixtures.read("host/zed.rc"), FILE);

    ZedRc rc = parsed.value();
    assertThat(rc.value("ZED_EMAIL_ADDR")).isEmpty();
    assertThat(rc.commentedOut().get("ZED_EMAIL_ADDR").value()).isEqualTo("root");
    assertThat(rc.commentedOut().get("ZED_EMAIL_ADDR").line()).isEqualTo(6);
    assertThat(rc.value("ZED_EMAIL_PROG")).contains("mail");
    assertThat(rc.value("ZED_EMAIL_OPTS")).contains("-s '@SUBJECT@' @ADDRESS@");
    assertThat(rc.value("ZED_NOTIFY_INTERVAL_SECS")).contains("3600");
    assertThat(rc.value("ZED_USE_ENCLOSURE_LEDS")).contains("1");
    assertThat(rc.value("ZED_SYSLOG_TAG")).contains("zed");
    assertThat(rc.variable("ZED_SLACK_WEBHOOK_URL").orElseThrow().value()).isEmpty();
    assertThat(rc.value("ZED_SLACK_WEBHOOK_URL")).isEmpty();
    assertThat(rc.variable("ZED_NOTIFY_VERBOSE").orElseThrow().line()).isEqualTo(17);
    assertThat(rc.variable("ZED_PUSHBULLET_ACCESS_TOKEN")).isEmpty();
  }

  @Test
  void unreadableLinesAreReported() {
    Parsed<ZedRc> parsed = ZedRcParser.parse(Fixtures.read("host/zed.rc"), FILE);

    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(18, 19);
    assertThat(parsed.diagnostics().get(0).message()).contains("unclosed quote");
    assertThat(parsed.diagnostics().get(1).message()).contains("not a variable assignment");
  }

  @Test
  void shellQuotingAndEscapes() {
    ZedRc rc =
        ZedRcParser.parse(
                "A=\"x \\\"y\\\" \\$HOME\"\nB='a b'c\nC=plain # comment\nD=$HOME/x\n", FILE)
            .value();

    assertThat(rc.value("A")).contains("x \"y\" $HOME");
    assertThat(rc.value("B")).contains("a bc");
    assertThat(rc.value("C")).contains("plain");
    assertThat(rc.value("D")).contains("$HOME/x");
  }
}
