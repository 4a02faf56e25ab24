package dev.pvetune.fix;

import dev.pvetune.rules.Disruption;
import java.util.List;

/** A remedy a person carries out: the finding, the disruption, and the recipe. */
public record ManualItem(FindingRef finding, Disruption disruption, List<String> steps) {
  public ManualItem {
    steps = List.copyOf(steps);
  }
}
