package dev.pvetune.rules.guest;

import dev.pvetune.rules.Rule;
import java.util.List;

/** The rules of this area, in the order they are listed in RULES.md. */
public final class GuestRules {
  private GuestRules() {}

  public static List<Rule> all() {
    return List.of(
        new BalloonWithPassthrough(),
        new BalloonMemorySensitive(),
        new AgentOff(),
        new HaOnLocalStorage(),
        new HaWithPassthrough(),
        new WindowsFirmware());
  }
}
