package dev.pvetune.model;

/** An HA-managed guest from ha/resources.cfg ("vm:101"). */
public record HaResource(String type, int vmid, String state, SourceRef ref) {
  public boolean active() {
    return !state.equals("disabled") && !state.equals("ignored");
  }
}
