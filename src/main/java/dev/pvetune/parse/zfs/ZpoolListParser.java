package dev.pvetune.parse.zfs;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads {@code zpool list -H} (bundle id {@code zpool-list}) in the three forms the collector
 * runs:
 *
 * <ol>
 *   <li>{@code -HpvP -o name,size,allocated,free,checkpoint,expandsize,fragmentation,capacity,
 *       dedupratio,health,altroot} (11 columns, with vdev rows)
 *   <li>{@code -Hp -o name,size,allocated,free,fragmentation,capacity,dedupratio,health,altroot}
 *   <li>{@code -H -o name,size,allocated,free,capacity,health,altroot} (human values)
 * </ol>
 *
 * <p>Line kinds: a pool row (first field is the pool name); a vdev row (starts with TAB, empty
 * first field); a class header ({@code dedup special logs cache spare}) that {@code print_line()}
 * pads with spaces even under {@code -H}. Vdev rows always have the fixed layout of {@code
 * print_list_stats()} (10 fields); the layout of the pool columns is also accepted.
 */
public final class ZpoolListParser {
  private ZpoolListParser() {}

  /** Columns of the first form (also zpool's own default). */
  public static final List<String> FULL_COLUMNS =
      List.of(
          "name", "size", "allocated", "free", "checkpoint", "expandsize", "fragmentation",
          "capacity", "dedupratio", "health", "altroot");

  static final List<String> P_COLUMNS =
      List.of(
          "name", "size", "allocated", "free", "fragmentation", "capacity", "dedupratio",
          "health", "altroot");

  static final List<String> HUMAN_COLUMNS =
      List.of("name", "size", "allocated", "free", "capacity", "health", "altroot");

  /** Fixed layout of every vdev row, whatever {@code -o} said. */
  static final List<String> VDEV_COLUMNS =
      List.of(
          "name", "size", "allocated", "free", "checkpoint", "expandsize", "fragmentation",
          "capacity", "dedupratio", "health");

  private static final Map<String, String> ALIASES =
      Map.of(
          "alloc", "allocated",
          "ckpoint", "checkpoint",
          "expandsz", "expandsize",
          "frag", "fragmentation",
          "cap", "capacity",
          "dedup", "dedupratio");

  private static final Pattern GROUP_VDEV =
      Pattern.compile("(?:mirror|raidz[123]?|draid\\d?(?::\\d+[dcs])*)(?:-\\d+)?");
  private static final Pattern NESTED_GROUP = Pattern.compile("(?:replacing|spare)-\\d+");

  /**
   * The {@code -o} columns of a {@code zpool list} argv, canonical names; empty when the argv
   * has no {@code -o} (then zpool's default, {@link #FULL_COLUMNS}, applies).
   */
  public static Optional<List<String>> columnsOf(List<String> argv) {
    for (int i = 0; i < argv.size(); i++) {
      String arg = argv.get(i);
      String list = null;
      if (arg.equals("-o") && i + 1 < argv.size()) {
        list = argv.get(i + 1);
      } else if (arg.startsWith("-") && !arg.startsWith("--") && arg.endsWith("o")
          && i + 1 < argv.size()) {
        list = argv.get(i + 1); // combined flags such as -HpPLo
      } else if (arg.startsWith("-o") && arg.length() > 2) {
        list = arg.substring(2);
      }
      if (list != null) {
        List<String> columns = new ArrayList<>();
        for (String column : list.split(",")) {
          columns.add(ALIASES.getOrDefault(column, column));
        }
        return Optional.of(List.copyOf(columns));
      }
    }
    return Optional.empty();
  }

  /** Reads output whose columns are inferred from the pool rows (11, 9 or 7 fields). */
  public static Parsed<List<ListedPool>> parse(String text, String file) {
    return parse(text, file, Optional.empty());
  }

  /** Reads output of a command whose {@code -o} columns are known (see {@link #columnsOf}). */
  public static Parsed<List<ListedPool>> parse(String text, String file, List<String> columns) {
    return parse(text, file, Optional.of(columns));
  }

  private static Parsed<List<ListedPool>> parse(
      String text, String file, Optional<List<String>> knownColumns) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<String> lines = Lines.of(text);
    List<String> columns = knownColumns.orElse(null);
    List<PoolBuilder> pools = new ArrayList<>();
    PoolBuilder pool = null;
    VdevClass vdevClass = VdevClass.NORMAL;
    VdevBuilder topLevel = null;
    int firstBad = 0;

    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("\t")) {
        if (pool == null) {
          diagnostics.add(new Diagnostic(file, number, "vdev row without a readable pool row before it; skipped"));
          firstBad = firstBad == 0 ? number : firstBad;
          continue;
        }
        String[] fields = line.substring(1).split("\t", -1);
        List<String> layout;
        if (fields.length == VDEV_COLUMNS.size()) {
          layout = VDEV_COLUMNS;
        } else if (columns != null && fields.length == columns.size()) {
          layout = columns;
        } else {
          diagnostics.add(
              new Diagnostic(
                  file,
                  number,
                  "vdev row has " + fields.length + " fields, expected " + VDEV_COLUMNS.size()
                      + "; skipped"));
          continue;
        }
        Map<String, String> values = zip(layout, fields);
        VdevBuilder vdev = new VdevBuilder(values, vdevClass, number, file, diagnostics);
        boolean group = GROUP_VDEV.matcher(vdev.name).matches();
        boolean nested = NESTED_GROUP.matcher(vdev.name).matches();
        vdev.interior = group || nested;
        boolean separateEntry =
            vdevClass == VdevClass.CACHE || vdevClass == VdevClass.SPARE;
        if (group || separateEntry || topLevel == null
            || (!nested && vdev.allocated.isPresent())) {
          pool.vdevs.add(vdev);
          topLevel = vdev;
        } else {
          topLevel.devices.add(vdev);
        }
        continue;
      }
      String firstWord = line.strip().split("\\s+", 2)[0];
      Optional<VdevClass> header = VdevClass.fromListHeader(firstWord);
      if (header.isPresent() && line.indexOf('\t') < 0 && pool != null) {
        vdevClass = header.get();
        topLevel = null;
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (columns == null) {
        columns = inferColumns(fields.length);
        if (columns == null) {
          diagnostics.add(
              new Diagnostic(
                  file,
                  number,
                  "pool row has " + fields.length
                      + " TAB-separated fields; expected 11, 9 or 7; skipped"));
          firstBad = firstBad == 0 ? number : firstBad;
          continue;
        }
      }
      if (fields.length != columns.size()) {
        diagnostics.add(
            new Diagnostic(
                file,
                number,
                "pool row has " + fields.length + " fields, expected " + columns.size()
                    + " (" + String.join(",", columns) + "); skipped"));
        firstBad = firstBad == 0 ? number : firstBad;
        pool = null;
        continue;
      }
      pool = new PoolBuilder(zip(columns, fields), number, file, diagnostics);
      pools.add(pool);
      vdevClass = VdevClass.NORMAL;
      topLevel = null;
    }
    if (pools.isEmpty() && firstBad > 0) {
      throw new ParseException(
          file,
          firstBad,
          "not `zpool list -H` output (no line is a TAB-separated pool row); collect it again");
    }
    List<ListedPool> result = new ArrayList<>();
    pools.forEach(p -> result.add(p.build()));
    return new Parsed<>(List.copyOf(result), diagnostics);
  }

  private static List<String> inferColumns(int fieldCount) {
    switch (fieldCount) {
      case 11:
        return FULL_COLUMNS;
      case 9:
        return P_COLUMNS;
      case 7:
        return HUMAN_COLUMNS;
      default:
        return null;
    }
  }

  private static Map<String, String> zip(List<String> names, String[] fields) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      map.put(names.get(i), fields[i]);
    }
    return map;
  }

  /** Reads one column; {@code -} and absent columns are empty, junk is reported. */
  private static final class Columns {
    private final Map<String, String> values;
    private final int line;
    private final String file;
    private final List<Diagnostic> diagnostics;

    Columns(Map<String, String> values, int line, String file, List<Diagnostic> diagnostics) {
      this.values = values;
      this.line = line;
      this.file = file;
      this.diagnostics = diagnostics;
    }

    Optional<String> text(String column) {
      String value = values.get(column);
      return value == null || value.equals("-") ? Optional.empty() : Optional.of(value);
    }

    Optional<Quantity> quantity(String column) {
      Optional<String> text = text(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<Quantity> q = Quantity.parse(text.get());
      if (q.isEmpty()) {
        report(column, text.get());
      }
      return q;
    }

    OptionalInt percentInt(String column) {
      Optional<String> text = text(column);
      if (text.isEmpty()) {
        return OptionalInt.empty();
      }
      String digits = text.get().endsWith("%") ? text.get().substring(0, text.get().length() - 1)
          : text.get();
      if (!digits.matches("\\d{1,9}")) {
        report(column, text.get());
        return OptionalInt.empty();
      }
      return OptionalInt.of(Integer.parseInt(digits));
    }

    Optional<BigDecimal> decimal(String column, String suffix) {
      Optional<String> text = text(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String digits = text.get().endsWith(suffix)
          ? text.get().substring(0, text.get().length() - suffix.length())
          : text.get();
      if (!digits.matches("\\d+(\\.\\d+)?")) {
        report(column, text.get());
        return Optional.empty();
      }
      return Optional.of(new BigDecimal(digits));
    }

    private void report(String column, String value) {
      diagnostics.add(
          new Diagnostic(file, line, "column " + column + " has unreadable value '" + value + "'"));
    }
  }

  private static final class PoolBuilder {
    final Map<String, String> values;
    final int line;
    final List<VdevBuilder> vdevs = new ArrayList<>();
    final ListedPool fields;

    PoolBuilder(Map<String, String> values, int line, String file, List<Diagnostic> diagnostics) {
      this.values = values;
      this.line = line;
      Columns c = new Columns(values, line, file, diagnostics);
      // Read every column now so diagnostics come out in line order.
      this.fields =
          new ListedPool(
              values.getOrDefault("name", ""),
              c.quantity("size"),
              c.quantity("allocated"),
              c.quantity("free"),
              c.quantity("checkpoint"),
              c.quantity("expandsize"),
              c.percentInt("fragmentation"),
              c.decimal("capacity", "%"),
              c.decimal("dedupratio", "x"),
              c.text("health"),
              c.text("altroot"),
              values,
              List.of(),
              line);
    }

    ListedPool build() {
      List<ListedVdev> built = new ArrayList<>();
      vdevs.forEach(v -> built.add(v.build()));
      ListedPool f = fields;
      return new ListedPool(
          f.name(), f.size(), f.allocated(), f.free(), f.checkpoint(), f.expandSize(),
          f.fragmentationPercent(), f.capacityPercent(), f.dedupRatio(), f.health(),
          f.altroot(), values, built, line);
    }
  }

  private static final class VdevBuilder {
    final String name;
    final Optional<Quantity> allocated;
    boolean interior;
    final List<VdevBuilder> devices = new ArrayList<>();
    final ListedVdev fields;

    VdevBuilder(
        Map<String, String> values,
        VdevClass vdevClass,
        int line,
        String file,
        List<Diagnostic> diagnostics) {
      this.name = values.getOrDefault("name", "");
      Columns c = new Columns(values, line, file, diagnostics);
      this.fields =
          new ListedVdev(
              name,
              vdevClass,
              false,
              c.quantity("size"),
              c.quantity("allocated"),
              c.quantity("free"),
              c.quantity("checkpoint"),
              c.quantity("expandsize"),
              c.percentInt("fragmentation"),
              c.decimal("capacity", "%"),
              c.text("health").orElse("-"),
              List.of(),
              line);
      this.allocated = fields.allocated();
    }

    ListedVdev build() {
      List<ListedVdev> built = new ArrayList<>();
      devices.forEach(d -> built.add(d.build()));
      ListedVdev f = fields;
      return new ListedVdev(
          f.name(), f.vdevClass(), interior, f.size(), f.allocated(), f.free(), f.checkpoint(),
          f.expandSize(), f.fragmentationPercent(), f.capacityPercent(), f.health(), built,
          f.line());
    }
  }
}
