package dev.pvetune.parse.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReplicationConfigParserTest {
  private static final String FILE = "files/etc/pve/replication.cfg";

  @Test
  void example() {
    Parsed<ReplicationConfig> parsed =
        ReplicationConfigParser.parse(Fixtures.read("cluster/replication.cfg"), FILE);
    assertThat(parsed.diagnostics()).isEmpty();
    ReplicationConfig cfg = parsed.value();
    assertThat(cfg.jobs()).extracting(ReplicationJob::id).containsExactly("101-0", "120-0");
    ReplicationJob first = cfg.find("101-0").orElseThrow();
    assertThat(first.guest()).isEqualTo(101);
    assertThat(first.jobNumber()).isZero();
    assertThat(first.type()).isEqualTo("local");
    assertThat(first.target()).isEqualTo("pve2");
    assertThat(first.targetId()).isEqualTo("local/pve2");
    assertThat(first.schedule()).isEqualTo("*/15");
    assertThat(first.scheduleDefaulted()).isFalse();
    assertThat(first.source()).contains("pve1");
    assertThat(first.disabled()).isFalse();
    assertThat(first.rate()).isEmpty();
    assertThat(first.line()).isEqualTo(1);
    ReplicationJob second = cfg.find("120-0").orElseThrow();
    assertThat(second.comment()).contains("nightly copy: SQL");
    assertThat(second.disabled()).isTrue();
    assertThat(second.rate()).isEqualTo(OptionalDouble.of(80));
    assertThat(second.schedule()).isEqualTo("mon..fri 22:30");
    assertThat(second.options().get("schedule").line()).isEqualTo(11);
    assertThat(cfg.forGuest(120)).containsExactly(second);
    assertThat(cfg.forGuest(999)).isEmpty();
  }

  @Test
  void defaultsAndMalformedJobs() {
    String text =
        "local: 0101-00\n"
            + "\ttarget pve3\n\n"
            + "local: 102-1\n"
            + "\tschedule 02:00\n\n"
            + "remote: 103-0\n"
            + "\ttarget x\n\n"
            + "local: web-0\n"
            + "\ttarget x\n\n"
            + "local: 99-0\n"
            + "\ttarget x\n\n"
            + "LOCAL: 104-0\n"
            + "\ttarget pve2\n"
            + "\tdisable yes\n"
            + "\trate 0.5\n"
            + "\tremove_job full\n"
            + "\tcomment\n";
    Parsed<ReplicationConfig> parsed = ReplicationConfigParser.parse(text, FILE);
    ReplicationConfig cfg = parsed.value();
    assertThat(cfg.jobs()).extracting(ReplicationJob::id).containsExactly("101-0", "104-0");
    ReplicationJob normalised = cfg.find("101-0").orElseThrow();
    assertThat(normalised.schedule()).isEqualTo(ReplicationJob.DEFAULT_SCHEDULE);
    assertThat(normalised.scheduleDefaulted()).isTrue();
    ReplicationJob odd = cfg.find("104-0").orElseThrow();
    assertThat(odd.disabled()).isFalse();
    assertThat(odd.rate()).isEmpty();
    assertThat(odd.removeJob()).contains("full");
    assertThat(odd.comment()).isEmpty();
    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            tuple(4, "replication job '102-1' has no target; Proxmox skips this job"),
            tuple(7, "unknown replication job type 'remote'; Proxmox skips this job"),
            tuple(
                10,
                "'web-0' is not a replication job id ('<vmid>-<number>'); Proxmox skips this job"),
            tuple(13, "guest id 99 is below 100; Proxmox skips this job"),
            tuple(18, "replication job '104-0': 'disable yes' is not 0 or 1; Proxmox ignores it"),
            tuple(
                19,
                "replication job '104-0': 'rate 0.5' is not a number of MB/s ≥ 1; Proxmox ignores"
                    + " it"),
            tuple(21, "replication job '104-0': 'comment' has no value; Proxmox ignores it"));
  }

  @Test
  void duplicateJobLaterWins() {
    Parsed<ReplicationConfig> parsed =
        ReplicationConfigParser.parse(
            "local: 101-0\n\ttarget a\n\nlocal: 101-0\n\ttarget b\n", FILE);
    assertThat(parsed.value().jobs()).extracting(ReplicationJob::target).containsExactly("b");
    assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(4);
  }
}
