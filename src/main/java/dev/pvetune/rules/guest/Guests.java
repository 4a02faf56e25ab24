package dev.pvetune.rules.guest;

import dev.pvetune.model.Guest;
import dev.pvetune.model.Setting;
import dev.pvetune.model.SourceRef;
import java.util.OptionalLong;

/** Questions several guest rules ask. */
final class Guests {
  private Guests() {}

  /** "balloon: 2048 (auto-ballooning from 8192 MiB)" / "no balloon line: balloon device on (default)". */
  static String balloon(Guest guest) {
    OptionalLong b = guest.balloonMiB();
    if (b.isEmpty()) {
      return "no balloon line: the balloon device is on (default)";
    }
    return "balloon: " + b.getAsLong() + (b.getAsLong() < guest.memoryMiB()
        ? " (auto-ballooning between " + b.getAsLong() + " and " + guest.memoryMiB() + " MiB)"
        : "");
  }

  static SourceRef balloonRef(Guest guest) {
    return guest.setting("balloon").map(Setting::source).orElse(guest.config());
  }

  /** True unless the config has balloon: 0. */
  static boolean ballooning(Guest guest) {
    return guest.balloonMiB().orElse(-1) != 0;
  }
}
