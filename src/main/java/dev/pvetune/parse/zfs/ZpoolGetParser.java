package dev.pvetune.parse.zfs;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code zpool get -Hp all} (bundle id {@code zpool-get}) and its fallback without {@code
 * -p}: {@code pool TAB property TAB value TAB source}. Feature rows ({@code feature@...}) whose
 * value is not disabled/enabled/active are kept and reported.
 */
public final class ZpoolGetParser {
  private ZpoolGetParser() {}

  public static Parsed<PoolPropertyTable> parse(String text, String file) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<PropertyRows.Row> rows = PropertyRows.read(text, file, "zpool get -H all", diagnostics);
    Map<String, Map<String, PropertyValue>> byPool = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    for (PropertyRows.Row row : rows) {
      firstLine.putIfAbsent(row.object(), row.line());
      PropertyValue value = new PropertyValue(row.value(), row.source(), row.line());
      PropertyValue previous =
          byPool.computeIfAbsent(row.object(), k -> new LinkedHashMap<>()).put(row.property(), value);
      if (previous != null) {
        diagnostics.add(
            new Diagnostic(
                file,
                row.line(),
                "property '" + row.property() + "' of pool '" + row.object()
                    + "' repeated (first on line " + previous.line() + "); the later value is used"));
      }
      if (row.property().startsWith("feature@") && FeatureState.parse(row.value()).isEmpty()) {
        diagnostics.add(
            new Diagnostic(
                file,
                row.line(),
                "feature '" + row.property() + "' has unknown state '" + row.value() + "'"));
      }
    }
    List<PoolProperties> pools = new ArrayList<>();
    byPool.forEach((pool, props) -> pools.add(new PoolProperties(pool, props, firstLine.get(pool))));
    return new Parsed<>(new PoolPropertyTable(pools), diagnostics);
  }
}
