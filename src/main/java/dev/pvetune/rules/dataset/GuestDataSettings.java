package dev.pvetune.rules.dataset;

import dev.pvetune.model.Dataset;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.ZfsProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Groups the datasets that hold guest data by the dataset a property's value comes from, so a
 * value inherited by twenty zvols is one finding with one fix on the dataset that sets it.
 */
final class GuestDataSettings {
  private GuestDataSettings() {}

  /** A dataset holding guest data, the property's value on it, and the guest disks on it. */
  record Affected(Dataset dataset, ZfsProperty property, List<Inventory.GuestDisk> users) {}

  static Map<String, List<Affected>> byOwner(Inventory inv, String property, Predicate<Affected> matches) {
    Map<Dataset, List<Inventory.GuestDisk>> users = new LinkedHashMap<>();
    for (Guest g : inv.guests()) {
      for (Disk d : g.disks()) {
        if (d.kind().carriesData()) {
          d.backing().zfsDataset().ifPresent(ds -> users.computeIfAbsent(ds, k -> new ArrayList<>()).add(new Inventory.GuestDisk(g, d)));
        }
      }
    }
    Map<String, List<Affected>> out = new LinkedHashMap<>();
    users.forEach((ds, list) -> ds.property(property).ifPresent(p -> {
      Affected a = new Affected(ds, p, list);
      if (matches.test(a)) {
        out.computeIfAbsent(p.ownerOr(ds.name()), k -> new ArrayList<>()).add(a);
      }
    }));
    return out;
  }

  static String guests(List<Affected> affected) {
    return affected.stream().flatMap(a -> a.users().stream()).map(u -> u.guest().label() + " " + u.disk().key())
        .distinct().collect(Collectors.joining(", "));
  }

  static String kind(Dataset dataset) {
    return dataset.isVolume() ? "zvol" : "dataset";
  }

  /** "zvol tank/vm/vm-102-disk-0" or "tank (inherited by 5 datasets of guest data)". */
  static String subject(String owner, List<Affected> affected) {
    if (affected.size() == 1 && affected.get(0).dataset().name().equals(owner)) {
      return kind(affected.get(0).dataset()) + " " + owner;
    }
    return "dataset " + owner + " (inherited by " + affected.size() + " " + (affected.size() == 1 ? "dataset" : "datasets") + " of guest data)";
  }
}
