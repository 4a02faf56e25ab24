package dev.pvetune.parse.zfs;

import dev.pvetune.parse.Diagnostic;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code scan:} or error-scrub {@code scrub:} report of {@code zpool status}, in the
 * forms of {@code print_scan_scrub_resilver_status}, {@code print_rebuild_status_impl} and
 * {@code print_err_scrub_status} from ZoL 0.7 to OpenZFS 2.3.
 */
final class ScanLines {
  private ScanLines() {}

  private static final String CTIME = "(" + ZfsTime.CTIME_REGEX + ")";
  private static final String DUR = "(" + ZfsTime.DURATION_REGEX + ")";
  private static final String SIZE = "(\\S+)";
  private static final String REBUILD = "(?: \\((.+?)\\))?";

  private static final Pattern NONE = Pattern.compile("none requested");
  private static final Pattern SCRUB_DONE =
      Pattern.compile("scrub repaired " + SIZE + " in " + DUR + " with (\\d+) errors on " + CTIME);
  private static final Pattern RESILVER_DONE =
      Pattern.compile(
          "resilvered" + REBUILD + " " + SIZE + " in " + DUR + " with (\\d+) errors on " + CTIME);
  private static final Pattern CANCELED =
      Pattern.compile("(scrub|resilver)" + REBUILD + " canceled on " + CTIME);
  private static final Pattern RUNNING =
      Pattern.compile("(scrub|resilver)" + REBUILD + " in progress since " + CTIME);
  private static final Pattern PAUSED = Pattern.compile("scrub paused since " + CTIME);

  private static final Pattern ERR_DONE =
      Pattern.compile("scrubbed (\\d+) error blocks in " + DUR + " on " + CTIME);
  private static final Pattern ERR_CANCELED = Pattern.compile("error scrub canceled on " + CTIME);
  private static final Pattern ERR_RUNNING =
      Pattern.compile("error scrub in progress since " + CTIME);
  private static final Pattern ERR_PAUSED = Pattern.compile("error scrub paused since " + CTIME);

  private static final Pattern STARTED_ON = Pattern.compile("(?:error )?scrub started on " + CTIME);
  /** OpenZFS 2.2+: {@code 21.4T / 38.2T scanned at 1.21G/s, 9.87T / 38.2T issued at 573M/s}. */
  private static final Pattern PROGRESS_22 =
      Pattern.compile(
          SIZE + " / " + SIZE + " scanned(?: at (\\S+)/s)?, " + SIZE + " / " + SIZE
              + " issued(?: at (\\S+)/s)?");
  /** OpenZFS 0.8-2.1: {@code 1.23T scanned at 100M/s, 1.00T issued at 90M/s, 2.46T total}. */
  private static final Pattern PROGRESS_08 =
      Pattern.compile(
          SIZE + " scanned(?: at (\\S+)/s)?, " + SIZE + " issued(?: at (\\S+)/s)?, " + SIZE
              + " total");
  /** ZoL 0.7: {@code 1.23T scanned out of 2.46T at 100M/s, 3h35m to go}. */
  private static final Pattern PROGRESS_07 =
      Pattern.compile(
          SIZE + " scanned out of " + SIZE + " at (\\S+)/s, (?:" + DUR
              + " to go|\\(scan is slow, no estimated time\\))");
  private static final Pattern DONE =
      Pattern.compile(
          SIZE + " (?:repaired|resilvered), (\\d+(?:\\.\\d+)?)% done(?:, (?:" + DUR
              + " to go|no estimated completion time))?");
  private static final Pattern ERR_PROGRESS =
      Pattern.compile("(\\d+(?:\\.\\d+)?)% done, issued I/O for (\\d+) error blocks");

  /**
   * @param errorScrub true for the {@code scrub:} label (error scrub), false for {@code scan:}
   * @param summary text after the label
   * @param continuation following TAB-indented lines, TAB removed
   * @return empty (with a diagnostic) when the summary is none of the known forms
   */
  static Optional<ScanActivity> parse(
      boolean errorScrub,
      String summary,
      List<String> continuation,
      int line,
      ZoneId zone,
      String file,
      List<Diagnostic> diagnostics) {
    Builder b = new Builder(summary, continuation, line);
    Matcher m;
    String s = summary.strip();
    if (errorScrub) {
      b.function = ScanFunction.ERROR_SCRUB;
      if ((m = ERR_DONE.matcher(s)).matches()) {
        b.state = ScanState.FINISHED;
        b.errorBlocks = Optional.of(Long.parseLong(m.group(1)));
        b.duration = ZfsTime.duration(m.group(2));
        b.ended = ZfsTime.ctime(m.group(3), zone);
      } else if ((m = ERR_CANCELED.matcher(s)).matches()) {
        b.state = ScanState.CANCELED;
        b.ended = ZfsTime.ctime(m.group(1), zone);
      } else if ((m = ERR_RUNNING.matcher(s)).matches()) {
        b.state = ScanState.IN_PROGRESS;
        b.started = ZfsTime.ctime(m.group(1), zone);
      } else if ((m = ERR_PAUSED.matcher(s)).matches()) {
        b.state = ScanState.PAUSED;
        b.pausedSince = ZfsTime.ctime(m.group(1), zone);
      } else {
        return unrecognized("scrub", s, line, file, diagnostics);
      }
    } else if (NONE.matcher(s).matches()) {
      b.function = ScanFunction.NONE;
      b.state = ScanState.NONE;
    } else if ((m = SCRUB_DONE.matcher(s)).matches()) {
      b.function = ScanFunction.SCRUB;
      b.state = ScanState.FINISHED;
      b.processed = Quantity.parse(m.group(1));
      b.duration = ZfsTime.duration(m.group(2));
      b.errors = Optional.of(Long.parseLong(m.group(3)));
      b.ended = ZfsTime.ctime(m.group(4), zone);
    } else if ((m = RESILVER_DONE.matcher(s)).matches()) {
      b.function = ScanFunction.RESILVER;
      b.state = ScanState.FINISHED;
      b.rebuildVdev = Optional.ofNullable(m.group(1));
      b.processed = Quantity.parse(m.group(2));
      b.duration = ZfsTime.duration(m.group(3));
      b.errors = Optional.of(Long.parseLong(m.group(4)));
      b.ended = ZfsTime.ctime(m.group(5), zone);
    } else if ((m = CANCELED.matcher(s)).matches()) {
      b.function = m.group(1).equals("scrub") ? ScanFunction.SCRUB : ScanFunction.RESILVER;
      b.state = ScanState.CANCELED;
      b.rebuildVdev = Optional.ofNullable(m.group(2));
      b.ended = ZfsTime.ctime(m.group(3), zone);
    } else if ((m = RUNNING.matcher(s)).matches()) {
      b.function = m.group(1).equals("scrub") ? ScanFunction.SCRUB : ScanFunction.RESILVER;
      b.state = ScanState.IN_PROGRESS;
      b.rebuildVdev = Optional.ofNullable(m.group(2));
      b.started = ZfsTime.ctime(m.group(3), zone);
    } else if ((m = PAUSED.matcher(s)).matches()) {
      b.function = ScanFunction.SCRUB;
      b.state = ScanState.PAUSED;
      b.pausedSince = ZfsTime.ctime(m.group(1), zone);
    } else {
      return unrecognized("scan", s, line, file, diagnostics);
    }
    readContinuation(b, zone, file, diagnostics);
    return Optional.of(b.build());
  }

  private static Optional<ScanActivity> unrecognized(
      String label, String text, int line, String file, List<Diagnostic> diagnostics) {
    diagnostics.add(
        new Diagnostic(file, line, "unrecognized " + label + ": report '" + text + "'; ignored"));
    return Optional.empty();
  }

  private static void readContinuation(
      Builder b, ZoneId zone, String file, List<Diagnostic> diagnostics) {
    int offset = 1;
    for (String raw : b.continuation) {
      int line = b.line + offset++;
      String text = raw.strip();
      Matcher m;
      if ((m = STARTED_ON.matcher(text)).matches()) {
        b.started = ZfsTime.ctime(m.group(1), zone);
      } else if ((m = PROGRESS_22.matcher(text)).matches()) {
        b.scanned = Quantity.parse(m.group(1));
        b.toScan = Quantity.parse(m.group(2));
        b.scanRate = rate(m.group(3));
        b.issued = Quantity.parse(m.group(4));
        b.toIssue = Quantity.parse(m.group(5));
        b.issueRate = rate(m.group(6));
        b.hasProgress = true;
      } else if ((m = PROGRESS_08.matcher(text)).matches()) {
        b.scanned = Quantity.parse(m.group(1));
        b.scanRate = rate(m.group(2));
        b.issued = Quantity.parse(m.group(3));
        b.issueRate = rate(m.group(4));
        b.toScan = Quantity.parse(m.group(5));
        b.hasProgress = true;
      } else if ((m = PROGRESS_07.matcher(text)).matches()) {
        b.scanned = Quantity.parse(m.group(1));
        b.toScan = Quantity.parse(m.group(2));
        b.scanRate = rate(m.group(3));
        b.timeToGo = m.group(4) == null ? Optional.empty() : ZfsTime.duration(m.group(4));
        b.hasProgress = true;
      } else if ((m = DONE.matcher(text)).matches()) {
        b.processed = Quantity.parse(m.group(1));
        b.percentDone = Optional.of(new BigDecimal(m.group(2)));
        if (m.group(3) != null) {
          b.timeToGo = ZfsTime.duration(m.group(3));
        }
        b.hasProgress = true;
      } else if ((m = ERR_PROGRESS.matcher(text)).matches()) {
        b.percentDone = Optional.of(new BigDecimal(m.group(1)));
        b.errorBlocks = Optional.of(Long.parseLong(m.group(2)));
        b.hasProgress = true;
      } else {
        diagnostics.add(
            new Diagnostic(file, line, "unrecognized scan progress line '" + text + "'; ignored"));
      }
    }
  }

  private static Optional<Quantity> rate(String text) {
    return text == null ? Optional.empty() : Quantity.parse(text);
  }

  private static final class Builder {
    final String summary;
    final List<String> continuation;
    final int line;
    ScanFunction function;
    ScanState state;
    Optional<String> rebuildVdev = Optional.empty();
    Optional<Instant> started = Optional.empty();
    Optional<Instant> ended = Optional.empty();
    Optional<Instant> pausedSince = Optional.empty();
    Optional<Duration> duration = Optional.empty();
    Optional<Quantity> processed = Optional.empty();
    Optional<Long> errors = Optional.empty();
    Optional<Long> errorBlocks = Optional.empty();
    boolean hasProgress;
    Optional<Quantity> scanned = Optional.empty();
    Optional<Quantity> toScan = Optional.empty();
    Optional<Quantity> scanRate = Optional.empty();
    Optional<Quantity> issued = Optional.empty();
    Optional<Quantity> toIssue = Optional.empty();
    Optional<Quantity> issueRate = Optional.empty();
    Optional<BigDecimal> percentDone = Optional.empty();
    Optional<Duration> timeToGo = Optional.empty();

    Builder(String summary, List<String> continuation, int line) {
      this.summary = summary;
      this.continuation = continuation;
      this.line = line;
    }

    ScanActivity build() {
      boolean running = state == ScanState.IN_PROGRESS || state == ScanState.PAUSED;
      Optional<ScanProgress> progress =
          running || hasProgress
              ? Optional.of(
                  new ScanProgress(
                      scanned, toScan, scanRate, issued, toIssue, issueRate,
                      running ? processed : Optional.empty(), percentDone, timeToGo))
              : Optional.empty();
      StringBuilder text = new StringBuilder(summary.strip());
      continuation.forEach(c -> text.append(' ').append(c.strip()));
      return new ScanActivity(
          function,
          state,
          rebuildVdev,
          started,
          ended,
          pausedSince,
          duration,
          processed,
          errors,
          errorBlocks,
          progress,
          text.toString(),
          line);
    }
  }
}
