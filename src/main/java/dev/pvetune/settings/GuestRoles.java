package dev.pvetune.settings;

import dev.pvetune.model.Guest;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Gives guests the roles the settings file assigns them, before the rules run. */
public final class GuestRoles {
  private GuestRoles() {}

  public static Inventory apply(Inventory inv, List<RoleAssignment> assignments) {
    if (assignments.isEmpty()) {
      return inv;
    }
    List<Guest> guests = new ArrayList<>(inv.guests().size());
    for (Guest g : inv.guests()) {
      Set<Role> roles = g.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(g.roles());
      for (RoleAssignment a : assignments) {
        if (a.selects(g)) {
          roles.addAll(a.roles());
        }
      }
      guests.add(roles.equals(g.roles()) ? g : g.withRoles(roles));
    }
    return new Inventory(inv.node(), inv.collectedAt(), inv.origin(), guests, inv.storages(), inv.pools(), inv.datasets(),
        inv.snapshots(), inv.host(), inv.cluster(), inv.availability(), inv.diagnostics());
  }
}
