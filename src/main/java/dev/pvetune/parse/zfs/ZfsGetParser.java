package dev.pvetune.parse.zfs;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code zfs get -Hp -o name,property,value,source all} (bundle id {@code zfs-get}) and
 * its fallback without {@code -p}. Human values ({@code 1.50G}) stay as printed; their {@link
 * PropertyValue#quantity()} is marked approximate.
 *
 * <p>An empty output means no datasets. Output that has no line of the four-column form throws
 * {@link dev.pvetune.parse.ParseException}; single bad lines become diagnostics.
 */
public final class ZfsGetParser {
  private ZfsGetParser() {}

  public static Parsed<DatasetTable> parse(String text, String file) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<PropertyRows.Row> rows =
        PropertyRows.read(text, file, "zfs get -H -o name,property,value,source", diagnostics);

    Map<String, Map<String, PropertyValue>> byDataset = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    for (PropertyRows.Row row : rows) {
      Map<String, PropertyValue> props =
          byDataset.computeIfAbsent(row.object(), k -> new LinkedHashMap<>());
      firstLine.putIfAbsent(row.object(), row.line());
      PropertyValue previous =
          props.put(row.property(), new PropertyValue(row.value(), row.source(), row.line()));
      if (previous != null) {
        diagnostics.add(
            new Diagnostic(
                file,
                row.line(),
                "property '" + row.property() + "' of '" + row.object() + "' repeated (first on line "
                    + previous.line() + "); the later value is used"));
      }
    }

    List<Dataset> datasets = new ArrayList<>();
    byDataset.forEach(
        (name, props) -> {
          Optional<DatasetType> type = Optional.empty();
          PropertyValue typeValue = props.get("type");
          if (typeValue != null) {
            type = DatasetType.parse(typeValue.raw());
            if (type.isEmpty()) {
              diagnostics.add(
                  new Diagnostic(
                      file,
                      typeValue.line(),
                      "unknown dataset type '" + typeValue.raw() + "' for '" + name + "'"));
            }
          }
          datasets.add(new Dataset(name, type, props, firstLine.get(name)));
        });
    return new Parsed<>(new DatasetTable(datasets), diagnostics);
  }
}
