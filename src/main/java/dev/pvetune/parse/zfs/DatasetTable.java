package dev.pvetune.parse.zfs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every dataset of a {@code zfs get} output, in the order printed. */
public record DatasetTable(List<Dataset> datasets) {

  public DatasetTable {
    datasets = List.copyOf(datasets);
  }

  public Optional<Dataset> dataset(String name) {
    return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** Datasets by name, for joining with other sources. */
  public Map<String, Dataset> byName() {
    Map<String, Dataset> map = new LinkedHashMap<>();
    datasets.forEach(d -> map.put(d.name(), d));
    return map;
  }
}
