package dev.pvetune.report;

import dev.pvetune.settings.Waiver;

/** Wording about waivers shared by the reports. */
final class Waivers {
  private Waivers() {}

  /** "until 2027-03-31" or "no expiry". */
  static String until(Waiver w) {
    return w.expires().map(d -> "until " + d).orElse("no expiry");
  }
}
