package dev.pvetune.parse.zfs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.JsonTree;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code zpool status -jp --json-int} (bundle id {@code zpool-status-json}, OpenZFS 2.3+)
 * into the same {@link PoolStatus} shape as {@link ZpoolStatusParser}. On older ZFS that command
 * fails ({@code invalid option 'j'}, exit 2) and the caller reads the text form instead.
 *
 * <p>JSON vdev states are raw enum names: {@code CANT_OPEN} is mapped to the text output's
 * {@code UNAVAIL}, and {@code HEALTHY} (shown in the man page, never emitted) to {@code ONLINE}.
 * Numbers may be JSON numbers ({@code --json-int}) or strings ({@code "0"}, or {@code "1.02K"}
 * without {@code -p}, read as approximate). Line numbers are 0: the evidence is the file.
 */
public final class ZpoolStatusJsonParser {
  private ZpoolStatusJsonParser() {}

  /** Class sections of a pool object, in the order the text output prints them. */
  private static final List<Map.Entry<String, VdevClass>> CLASS_SECTIONS =
      List.of(
          Map.entry("dedup", VdevClass.DEDUP),
          Map.entry("special", VdevClass.SPECIAL),
          Map.entry("logs", VdevClass.LOG),
          Map.entry("l2cache", VdevClass.CACHE),
          Map.entry("spares", VdevClass.SPARE));

  public static Parsed<List<PoolStatus>> parse(String text, String file) {
    if (text.isBlank()) {
      throw new ParseException(
          file, 0, "empty output; `zpool status -j` needs OpenZFS 2.3, read the text form instead");
    }
    JsonNode tree;
    try {
      tree = JsonTree.read(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ParseException(file, line, "not JSON: " + e.getOriginalMessage());
    }
    if (tree == null || !tree.isObject() || !tree.path("pools").isObject()) {
      throw new ParseException(
          file, 0, "not `zpool status -j` output: no \"pools\" object at the top level");
    }
    String command = tree.path("output_version").path("command").asText("zpool status");
    if (!command.equals("zpool status")) {
      throw new ParseException(
          file, 0, "JSON of '" + command + "', expected 'zpool status'; collect it again");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Reader reader = new Reader(file, diagnostics);
    List<PoolStatus> pools = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : tree.path("pools").properties()) {
      if (!entry.getValue().isObject()) {
        diagnostics.add(new Diagnostic(file, 0, "pool '" + entry.getKey() + "' is not an object"));
        continue;
      }
      pools.add(reader.pool(entry.getKey(), entry.getValue()));
    }
    return new Parsed<>(List.copyOf(pools), diagnostics);
  }

  private static final class Reader {
    private final String file;
    private final List<Diagnostic> diagnostics;

    Reader(String file, List<Diagnostic> diagnostics) {
      this.file = file;
      this.diagnostics = diagnostics;
    }

    PoolStatus pool(String key, JsonNode pool) {
      String name = text(pool, "name").orElse(key);
      Optional<String> state = text(pool, "state");
      if (state.isEmpty()) {
        report("pool '" + name + "' has no state");
      }
      List<ScanActivity> scans = new ArrayList<>();
      JsonNode scanStats = pool.get("scan_stats");
      if (scanStats != null && scanStats.isObject()) {
        scan(name, scanStats).ifPresent(scans::add);
        JsonNode rebuilds = scanStats.get("rebuild_stats");
        if (rebuilds != null && rebuilds.isObject()) {
          rebuilds.properties().forEach(e -> rebuild(e.getKey(), e.getValue())
              .ifPresent(scans::add));
        }
      }
      Optional<StatusVdev> root = Optional.empty();
      JsonNode vdevs = pool.get("vdevs");
      if (vdevs != null && vdevs.isObject() && vdevs.size() > 0) {
        Map.Entry<String, JsonNode> first = vdevs.properties().iterator().next();
        root = Optional.of(vdev(first.getKey(), first.getValue(), VdevClass.NORMAL));
        if (vdevs.size() > 1) {
          report("pool '" + name + "' has " + vdevs.size() + " root vdevs; only the first is read");
        }
      }
      List<StatusVdev> classVdevs = new ArrayList<>();
      for (Map.Entry<String, VdevClass> section : CLASS_SECTIONS) {
        JsonNode members = pool.get(section.getKey());
        if (members != null && members.isObject()) {
          members.properties().forEach(
              e -> classVdevs.add(vdev(e.getKey(), e.getValue(), section.getValue())));
        }
      }
      Optional<DataErrors> errors = Optional.empty();
      JsonNode errorCount = pool.get("error_count");
      if (errorCount != null) {
        Optional<Long> count = number(errorCount, "error_count of '" + name + "'")
            .filter(Quantity::exact).map(Quantity::value);
        List<String> files = new ArrayList<>();
        JsonNode list = pool.get("errlist");
        if (list != null && list.isArray()) {
          list.forEach(f -> files.add(f.asText()));
        }
        errors = Optional.of(new DataErrors(count, files, errorCount.asText(), 0));
      }
      return new PoolStatus(
          name,
          state.orElse(""),
          text(pool, "status").map(Reader::flatten),
          text(pool, "action").map(Reader::flatten),
          text(pool, "moreinfo"),
          scans,
          Map.of(),
          root,
          classVdevs,
          errors,
          0);
    }

    /** JSON status texts keep the text output's {@code \n\t} continuation breaks. */
    private static String flatten(String text) {
      return text.strip().replaceAll("\\s*\\n\\t?", " ");
    }

    StatusVdev vdev(String key, JsonNode node, VdevClass vdevClass) {
      String name = text(node, "name").orElse(key);
      Optional<String> type = text(node, "vdev_type");
      String state = text(node, "state").map(Reader::textState).orElse("");
      if (state.isEmpty()) {
        report("vdev '" + name + "' has no state");
      }
      String what = "vdev '" + name + "' ";
      Optional<Quantity> read = counter(node, "read_errors", what);
      Optional<Quantity> write = counter(node, "write_errors", what);
      Optional<Quantity> cksum = counter(node, "checksum_errors", what);
      Optional<String> was = text(node, "was");
      Optional<String> aux = text(node, "aux");
      List<StatusVdev> children = new ArrayList<>();
      JsonNode members = node.get("vdevs");
      if (members != null && members.isObject()) {
        members.properties().forEach(
            e -> children.add(vdev(e.getKey(), e.getValue(), vdevClass)));
      }
      return new StatusVdev(
          name,
          vdevClass,
          type,
          state,
          read,
          write,
          cksum,
          Optional.empty(),
          was,
          aux,
          children,
          0);
    }

    private static String textState(String jsonState) {
      switch (jsonState) {
        case "CANT_OPEN":
          return "UNAVAIL";
        case "HEALTHY":
          return "ONLINE";
        default:
          return jsonState;
      }
    }

    private Optional<Quantity> counter(JsonNode node, String field, String what) {
      JsonNode value = node.get(field);
      if (value == null) {
        return Optional.empty();
      }
      return number(value, what + field);
    }

    Optional<ScanActivity> scan(String pool, JsonNode scan) {
      String function = text(scan, "function").orElse("NONE");
      String state = text(scan, "state").orElse("NONE");
      ScanFunction fn;
      switch (function) {
        case "NONE":
          fn = ScanFunction.NONE;
          break;
        case "SCRUB":
          fn = ScanFunction.SCRUB;
          break;
        case "RESILVER":
          fn = ScanFunction.RESILVER;
          break;
        case "ERRORSCRUB":
          fn = ScanFunction.ERROR_SCRUB;
          break;
        default:
          report("pool '" + pool + "': unknown scan function '" + function + "'; scan ignored");
          return Optional.empty();
      }
      String where = "scan_stats of '" + pool + "' ";
      Optional<Instant> start = time(scan.get("start_time"), where + "start_time");
      Optional<Instant> end = time(scan.get("end_time"), where + "end_time");
      Optional<Quantity> processed = quantity(scan, "processed", where);
      Optional<Long> errors =
          quantity(scan, "errors", where).filter(Quantity::exact).map(Quantity::value);
      ScanState scanState;
      switch (fn == ScanFunction.NONE ? "NONE" : state) {
        case "NONE":
          return Optional.of(
              new ScanActivity(
                  ScanFunction.NONE, ScanState.NONE, Optional.empty(), Optional.empty(),
                  Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                  Optional.empty(), Optional.empty(), Optional.empty(), scan.toString(), 0));
        case "FINISHED":
          scanState = ScanState.FINISHED;
          break;
        case "CANCELED":
          scanState = ScanState.CANCELED;
          break;
        case "SCANNING":
        case "ERRORSCRUBBING":
          scanState = ScanState.IN_PROGRESS;
          break;
        default:
          report("pool '" + pool + "': unknown scan state '" + state + "'; scan ignored");
          return Optional.empty();
      }
      Optional<Instant> paused =
          time(scan.get("scrub_pause"), where + "scrub_pause");
      if (scanState == ScanState.IN_PROGRESS && paused.isPresent()) {
        scanState = ScanState.PAUSED;
      }
      Optional<ScanProgress> progress = Optional.empty();
      Optional<Duration> duration = Optional.empty();
      if (scanState == ScanState.FINISHED && start.isPresent() && end.isPresent()) {
        duration = Optional.of(Duration.between(start.get(), end.get()));
      }
      if (scanState == ScanState.IN_PROGRESS || scanState == ScanState.PAUSED) {
        progress = Optional.of(progress(scan, where, processed));
      }
      boolean finishedOrCanceled =
          scanState == ScanState.FINISHED || scanState == ScanState.CANCELED;
      return Optional.of(
          new ScanActivity(
              fn,
              scanState,
              Optional.empty(),
              start,
              finishedOrCanceled ? end : Optional.empty(),
              scanState == ScanState.PAUSED ? paused : Optional.empty(),
              duration,
              processed,
              scanState == ScanState.FINISHED ? errors : Optional.empty(),
              Optional.empty(),
              progress,
              scan.toString(),
              0));
    }

    private ScanProgress progress(JsonNode scan, String where, Optional<Quantity> processed) {
      Optional<Quantity> examined = quantity(scan, "examined", where);
      Optional<Quantity> toExamine = quantity(scan, "to_examine", where);
      Optional<Quantity> skipped = quantity(scan, "skipped", where);
      Optional<Quantity> issued = quantity(scan, "issued", where);
      Optional<Quantity> toIssue = Optional.empty();
      if (toExamine.isPresent()) {
        long skip = skipped.map(Quantity::value).orElse(0L);
        boolean exact = toExamine.get().exact() && skipped.map(Quantity::exact).orElse(true);
        toIssue = Optional.of(new Quantity(toExamine.get().value() - skip, exact));
      }
      Optional<BigDecimal> percent = Optional.empty();
      if (issued.isPresent() && toIssue.isPresent() && toIssue.get().value() > 0) {
        percent =
            Optional.of(
                BigDecimal.valueOf(issued.get().value())
                    .multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(toIssue.get().value()), 2, RoundingMode.HALF_UP));
      }
      return new ScanProgress(
          examined, toExamine, Optional.empty(), issued, toIssue, Optional.empty(), processed,
          percent, Optional.empty());
    }

    Optional<ScanActivity> rebuild(String vdev, JsonNode stats) {
      String state = text(stats, "state").orElse("NONE");
      String where = "rebuild_stats of '" + vdev + "' ";
      ScanState scanState;
      switch (state) {
        case "NONE":
          return Optional.empty();
        case "ACTIVE":
          scanState = ScanState.IN_PROGRESS;
          break;
        case "COMPLETE":
          scanState = ScanState.FINISHED;
          break;
        case "CANCELED":
          scanState = ScanState.CANCELED;
          break;
        default:
          report(where + "has unknown state '" + state + "'; ignored");
          return Optional.empty();
      }
      Optional<Instant> start = time(stats.get("start_time"), where + "start_time");
      Optional<Instant> end = time(stats.get("end_time"), where + "end_time");
      Optional<Long> errors =
          quantity(stats, "errors", where).filter(Quantity::exact).map(Quantity::value);
      boolean done = scanState != ScanState.IN_PROGRESS;
      return Optional.of(
          new ScanActivity(
              ScanFunction.RESILVER,
              scanState,
              Optional.of(vdev),
              start,
              done ? end : Optional.empty(),
              Optional.empty(),
              scanState == ScanState.FINISHED && start.isPresent() && end.isPresent()
                  ? Optional.of(Duration.between(start.get(), end.get()))
                  : Optional.empty(),
              Optional.empty(),
              scanState == ScanState.FINISHED ? errors : Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              stats.toString(),
              0));
    }

    private Optional<Quantity> quantity(JsonNode node, String field, String where) {
      JsonNode value = node.get(field);
      return value == null ? Optional.empty() : number(value, where + field);
    }

    private Optional<Quantity> number(JsonNode value, String what) {
      if (value.isIntegralNumber()) {
        if (value.canConvertToLong() && value.asLong() >= 0) {
          return Optional.of(Quantity.exact(value.asLong()));
        }
        report(what + " out of range: " + value);
        return Optional.empty();
      }
      if (value.isTextual()) {
        Optional<Quantity> q = Quantity.parse(value.asText());
        if (q.isEmpty() && !value.asText().equals("-")) {
          report(what + " is not a number: '" + value.asText() + "'");
        }
        return q;
      }
      report(what + " is not a number: " + value);
      return Optional.empty();
    }

    /** Epoch seconds; 0 and {@code "-"} mean none. */
    private Optional<Instant> time(JsonNode value, String what) {
      if (value == null) {
        return Optional.empty();
      }
      Optional<Quantity> seconds;
      if (value.isIntegralNumber()) {
        seconds = Optional.of(Quantity.exact(value.asLong()));
      } else if (value.isTextual() && value.asText().matches("\\d+")) {
        seconds = Quantity.parse(value.asText());
      } else if (value.isTextual() && value.asText().equals("-")) {
        return Optional.empty();
      } else {
        report(what + " is not epoch seconds ('" + value.asText()
            + "'); collect with --json-int");
        return Optional.empty();
      }
      return seconds.filter(s -> s.value() > 0).map(s -> Instant.ofEpochSecond(s.value()));
    }

    private static Optional<String> text(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull() || value.isContainerNode()) {
        return Optional.empty();
      }
      return Optional.of(value.asText());
    }

    private void report(String message) {
      diagnostics.add(new Diagnostic(file, 0, message));
    }
  }
}
