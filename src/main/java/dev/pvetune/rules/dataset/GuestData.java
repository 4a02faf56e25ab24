package dev.pvetune.rules.dataset;

import dev.pvetune.model.Dataset;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.ZfsProperty;
import java.util.List;
import java.util.stream.Collectors;

/** Shared wording for dataset rules: which guests a dataset holds data for. */
final class GuestData {
  private GuestData() {}

  static String users(List<Inventory.GuestDisk> users) {
    return users.stream().map(u -> u.guest().label() + " " + u.disk().key()).distinct().collect(Collectors.joining(", "));
  }

  static String kind(Dataset dataset) {
    return dataset.isVolume() ? "zvol" : "dataset";
  }

  /** Where to change a property: the dataset that set it, so one fix covers its children. */
  static String owner(Dataset dataset, ZfsProperty property) {
    return property.ownerOr(dataset.name());
  }
}
