package dev.pvetune.parse.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import dev.pvetune.parse.pve.BackupJob.Coverage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupJobsTest {
  private static final String JOBS = "files/etc/pve/jobs.cfg";
  private static final String CRON = "files/etc/pve/vzdump.cron";

  @Test
  void jobsCfgExample() {
    Parsed<List<BackupJob>> parsed =
        JobsConfigParser.parse(Fixtures.read("cluster/jobs.cfg"), JOBS);
    assertThat(parsed.diagnostics()).isEmpty();
    List<BackupJob> jobs = parsed.value();
    assertThat(jobs)
        .extracting(BackupJob::id)
        .containsExactly("backup-7f3c9a1e-52b0", "backup-c01d5e77-9a31");

    BackupJob nightly = jobs.get(0);
    assertThat(nightly.source()).isEqualTo(BackupJobSource.JOBS_CFG);
    assertThat(nightly.line()).isEqualTo(1);
    assertThat(nightly.schedule()).isEqualTo("21:00");
    assertThat(nightly.enabled()).isTrue();
    assertThat(nightly.all()).isTrue();
    assertThat(nightly.excluded()).containsExactly(120, 9000);
    assertThat(nightly.mode()).isEqualTo("snapshot");
    assertThat(nightly.modeDefaulted()).isFalse();
    assertThat(nightly.storage()).contains("pbs01");
    assertThat(nightly.options().get("notes-template").value()).contains("{{guestname}}");
    assertThat(nightly.options().get("storage").line()).isEqualTo(12);
    assertThat(nightly.coverage(101, "pve1")).isEqualTo(Coverage.COVERED);
    assertThat(nightly.coverage(120, "pve1")).isEqualTo(Coverage.NOT_COVERED);

    BackupJob weekly = jobs.get(1);
    assertThat(weekly.enabled()).isFalse();
    assertThat(weekly.mode()).isEqualTo("stop");
    assertThat(weekly.vmids()).containsExactly(120);
    assertThat(weekly.all()).isFalse();
    assertThat(weekly.excludePaths()).containsExactly("/var/cache/*", "/tmp/*");
    // disabled jobs cover nothing
    assertThat(weekly.coverage(120, "pve1")).isEqualTo(Coverage.NOT_COVERED);
  }

  @Test
  void coverageRules() {
    Parsed<List<BackupJob>> parsed =
        JobsConfigParser.parse(
            "vzdump: on-node\n\tschedule 01:00\n\tall 1\n\tnode pve2\n\n"
                + "vzdump: by-pool\n\tschedule 02:00\n\tpool prod\n\n"
                + "vzdump: listed\n\tschedule 03:00\n\tvmid 101;102 103\n\n"
                + "realm-sync: ldap\n\tschedule daily\n",
            JOBS);
    assertThat(parsed.diagnostics()).isEmpty();
    List<BackupJob> jobs = parsed.value();
    assertThat(jobs).extracting(BackupJob::id).containsExactly("on-node", "by-pool", "listed");
    BackupJob onNode = jobs.get(0);
    assertThat(onNode.modeDefaulted()).isTrue();
    assertThat(onNode.mode()).isEqualTo(BackupJob.DEFAULT_MODE);
    assertThat(onNode.coverage(101, "pve2")).isEqualTo(Coverage.COVERED);
    assertThat(onNode.coverage(101, "pve1")).isEqualTo(Coverage.NOT_COVERED);
    BackupJob byPool = jobs.get(1);
    assertThat(byPool.coverage(101, "pve1")).isEqualTo(Coverage.UNKNOWN);
    assertThat(byPool.coverage(101, "pve1", Optional.of("prod"))).isEqualTo(Coverage.COVERED);
    assertThat(byPool.coverage(101, "pve1", Optional.of("dev"))).isEqualTo(Coverage.NOT_COVERED);
    assertThat(byPool.coverage(101, "pve1", Optional.empty())).isEqualTo(Coverage.NOT_COVERED);
    BackupJob listed = jobs.get(2);
    assertThat(listed.vmids()).containsExactly(101, 102, 103);
    assertThat(listed.coverage(103, "any")).isEqualTo(Coverage.COVERED);
    assertThat(listed.coverage(104, "any")).isEqualTo(Coverage.NOT_COVERED);
  }

  @Test
  void malformedJobs() {
    Parsed<List<BackupJob>> parsed =
        JobsConfigParser.parse(
            "vzdump: no-schedule\n"
                + "\tall 1\n\n"
                + "vzdump: bad-values\n"
                + "\tschedule sun 01:00\n"
                + "\tenabled yes\n"
                + "\tmode fast\n"
                + "\tvmid 101,abc\n"
                + "\tstorage\n"
                + "\tall\n\n"
                + "vzdump: 1bad\n"
                + "\tschedule x\n",
            JOBS);
    assertThat(parsed.value()).extracting(BackupJob::id).containsExactly("bad-values");
    BackupJob job = parsed.value().get(0);
    assertThat(job.enabled()).isTrue();
    assertThat(job.mode()).isEqualTo("snapshot");
    assertThat(job.modeDefaulted()).isTrue();
    assertThat(job.vmids()).containsExactly(101);
    assertThat(job.storage()).isEmpty();
    assertThat(job.all()).isTrue();
    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            tuple(1, "backup job 'no-schedule' has no schedule; Proxmox skips this job"),
            tuple(6, "backup job 'bad-values': 'enabled yes' is not 0 or 1; it is ignored"),
            tuple(9, "backup job 'bad-values': 'storage' has no value; it is ignored"),
            tuple(
                7,
                "backup job 'bad-values': 'mode fast' is not snapshot, suspend or stop; vzdump"
                    + " rejects it"),
            tuple(8, "backup job 'bad-values': 'abc' in 'vmid' is not a guest id; it is ignored"),
            tuple(12, "'1bad' is not a valid job id; Proxmox skips this backup job"));
  }

  @Test
  void legacyVzdumpCron() {
    Parsed<List<BackupJob>> parsed =
        VzdumpCronParser.parse(Fixtures.read("cluster/vzdump.cron"), CRON);
    List<BackupJob> jobs = parsed.value();
    assertThat(jobs)
        .extracting(BackupJob::id, BackupJob::line, BackupJob::schedule, BackupJob::enabled)
        .containsExactly(
            tuple("vzdump.cron:6", 6, "0 1 * * 6", true),
            tuple("vzdump.cron:7", 7, "30 3 * * mon-fri", true),
            tuple("vzdump.cron:8", 8, "15 22 * * *", false),
            tuple("vzdump.cron:9", 9, "0 4 1 * *", true),
            tuple("vzdump.cron:10", 10, "0 5 * * sun", true));
    assertThat(jobs).allMatch(j -> j.source() == BackupJobSource.VZDUMP_CRON);

    BackupJob weekly = jobs.get(0);
    assertThat(weekly.vmids()).containsExactly(100, 101);
    assertThat(weekly.mode()).isEqualTo("snapshot");
    assertThat(weekly.storage()).contains("local");
    assertThat(weekly.options().get("compress").value()).contains("zstd");
    assertThat(weekly.options().get("compress").line()).isEqualTo(6);

    BackupJob all = jobs.get(1);
    assertThat(all.all()).isTrue();
    assertThat(all.excluded()).containsExactly(102, 103);
    assertThat(all.mode()).isEqualTo("stop");
    assertThat(all.node()).contains("pve1");
    assertThat(all.coverage(104, "pve1")).isEqualTo(Coverage.COVERED);
    assertThat(all.coverage(102, "pve1")).isEqualTo(Coverage.NOT_COVERED);
    assertThat(all.coverage(104, "pve2")).isEqualTo(Coverage.NOT_COVERED);

    assertThat(jobs.get(2).mode()).isEqualTo("suspend");
    assertThat(jobs.get(2).coverage(120, "pve1")).isEqualTo(Coverage.NOT_COVERED);

    BackupJob monthly = jobs.get(3);
    assertThat(monthly.excludePaths()).containsExactly("/var/cache/*", "/tmp/*");
    assertThat(monthly.modeDefaulted()).isTrue();

    BackupJob pool = jobs.get(4);
    assertThat(pool.pool()).contains("prod");
    assertThat(pool.options().get("quiet").value()).isEmpty();

    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            tuple(
                9,
                "Proxmox's backup job list does not show this line (it reads only 'M H * * DOW root"
                    + " vzdump ...'); cron still runs it"),
            tuple(11, "the command is not vzdump; the line is ignored"),
            tuple(12, "not a cron line; cron and Proxmox ignore it"));
  }

  @Test
  void cronQuotingAndEmpty() {
    assertThat(VzdumpCronParser.parse("", CRON).value()).isEmpty();
    Parsed<List<BackupJob>> broken =
        VzdumpCronParser.parse("0 1 * * * root vzdump 100 --mailto 'ops@example.lan\n", CRON);
    assertThat(broken.value()).isEmpty();
    assertThat(broken.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly("unterminated quote in the vzdump arguments; the line is ignored");
    Parsed<List<BackupJob>> crlf =
        VzdumpCronParser.parse("0 1 * * * root vzdump --vmid 100 --vmid=101 --mode=stop\r\n", CRON);
    assertThat(crlf.value().get(0).vmids()).containsExactly(100, 101);
    assertThat(crlf.value().get(0).mode()).isEqualTo("stop");
  }
}
