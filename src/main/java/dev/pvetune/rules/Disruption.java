package dev.pvetune.rules;

/** What applying a fix costs the running system. */
public enum Disruption {
  /** Takes effect now, nothing restarts. */
  ONLINE("online"),
  /** Takes effect at the guest's next cold start (stop/start, not a reboot inside the guest). */
  RESTART("next guest restart"),
  /** The property is immutable: the data must move to a new volume or pool. */
  RECREATE("recreate data"),
  /** Needs hardware changed. */
  HARDWARE("hardware"),
  /** A person must decide and act; pvetune gives the recipe. */
  MANUAL("manual");

  private final String label;

  Disruption(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
