package dev.pvetune.rules.pool;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Host;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Scan;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * POOL-014: a pool never scrubbed, or not for longer than the scrub threshold before the bundle
 * was collected; high when the last scrub repaired data or found errors.
 */
public final class ScrubOverdue implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-014", "scrub-overdue", Severity.MEDIUM,
      "Scrub overdue", Set.of(Input.POOL_STATUS, Input.SCHEDULES));
  private static final String DEBIAN_SCRUB = "/usr/lib/zfs-linux/scrub";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    String resource = "pool/" + pool.name();
    int maxDays = out.thresholds().scrubMaxAgeDays();
    Optional<Scan> scan = pool.scan();
    if (scan.isPresent() && scan.get().kind() == Scan.Kind.RESILVER) {
      out.unknown(resource, "the last scan was a resilver; zpool status no longer shows when the pool was last scrubbed");
      return;
    }
    Optional<Scan> scrub = scan.filter(s -> s.kind() == Scan.Kind.SCRUB);
    if (scrub.isPresent() && scrub.get().state() == Scan.State.IN_PROGRESS) {
      return;
    }
    String message;
    Severity severity = Severity.MEDIUM;
    boolean lastFoundProblems = false;
    if (scrub.isPresent() && scrub.get().state() == Scan.State.FINISHED && scrub.get().finishedAt().isPresent()) {
      Scan s = scrub.get();
      long days = Duration.between(s.finishedAt().get(), inv.collectedAt()).toDays();
      if (days <= maxDays) {
        return;
      }
      lastFoundProblems = s.repairedBytes() > 0 || s.errors() > 0;
      severity = lastFoundProblems ? Severity.HIGH : Severity.MEDIUM;
      message = "pool " + pool.name() + " was last scrubbed " + days + " days before collection (limit " + maxDays + ")"
          + (lastFoundProblems ? ", and that scrub repaired " + Bytes.format(s.repairedBytes()) + " with " + s.errors() + " error(s)" : "");
    } else if (scrub.isPresent()) {
      message = "pool " + pool.name() + " has no completed scrub on record: the last one was " + scrub.get().state().name().toLowerCase(java.util.Locale.ROOT);
    } else {
      message = "pool " + pool.name() + " has never been scrubbed";
    }
    var finding = out.on(resource, message).severity(severity);
    scan.ifPresent(s -> finding.evidence("scan: " + s.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + s.state().name().toLowerCase(java.util.Locale.ROOT)
        + s.finishedAt().map(t -> " on " + t).orElse("") + ", repaired " + Bytes.format(s.repairedBytes()) + ", " + s.errors() + " error(s)", s.ref()));
    if (scan.isEmpty()) {
      finding.evidence("zpool status shows no scan line (none requested)", pool.statusRef());
    }
    finding.evidence("bundle collected at " + inv.collectedAt());
    Optional<Host.ScheduledCommand> debian = inv.host().cronEntries().stream().filter(c -> c.command().contains(DEBIAN_SCRUB)).findFirst();
    debian.ifPresent(c -> finding.evidence("cron: " + c.schedule() + " " + c.command(), c.ref()));
    List<String> why = new ArrayList<>();
    why.add("A scrub reads every block and checks it against its checksum; until one runs, silent corruption and failing sectors stay hidden "
        + "and a resilver may be the first read of bad data, when there is no redundancy left to repair it");
    if (lastFoundProblems) {
      why.add("the last scrub already found damage, so the disks need checking now");
    }
    if (debian.isPresent()) {
      why.add("Debian's monthly scrub job is scheduled but did not scrub this pool"
          + (!pool.health().equals("ONLINE") ? ": it only scrubs ONLINE pools and " + pool.name() + " is " + pool.health()
              : ": it skips pools whose org.debian:periodic-scrub is disable"));
    } else {
      why.add("no cron job or timer scrubs it");
    }
    finding.impact(String.join("; ", why));
    finding.fix("Scrub now and check the result", Disruption.ONLINE, new Change.Manual(List.of(
        "zpool scrub " + pool.name() + "   # runs online; I/O-heavy, best off-peak",
        "zpool status -v " + pool.name() + "   # when it finishes: repaired bytes and errors")));
    if (debian.isEmpty()) {
      finding.fix("Schedule a monthly scrub", Disruption.ONLINE, new Change.EnableTimer("zfs-scrub-monthly@" + TrimNeverRuns.systemdEscape(pool.name()) + ".timer",
          Optional.of(new Change.CronJob("scrub-" + pool.name(), "30 2 8-14 * 0", List.of("/usr/sbin/zpool", "scrub", pool.name())))));
    }
    finding.add();
  }
}
