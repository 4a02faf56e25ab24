package dev.pvetune.fix;

import java.time.Instant;
import java.util.List;

/** What `pvetune fix` writes: automated steps in order, then the manual section. */
public record FixPlan(String node, Instant collectedAt, String origin, List<PlannedStep> steps, List<ManualItem> manual) {
  public FixPlan {
    steps = List.copyOf(steps);
    manual = List.copyOf(manual);
  }
}
