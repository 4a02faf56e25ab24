package dev.pvetune.settings;

import dev.pvetune.model.Guest;
import dev.pvetune.model.Role;
import dev.pvetune.model.SourceRef;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Roles the settings file gives to guests, on top of those from Proxmox tags and ostype. Exactly
 * one of vmid and name pattern selects the guests.
 *
 * @param vmid the guest with this id
 * @param name a pattern over the guest's name (VM name or CT hostname), case-insensitive
 * @param roles the roles to add
 * @param source where in the settings file this entry is
 */
public record RoleAssignment(OptionalInt vmid, Optional<Glob> name, Set<Role> roles, SourceRef source) {
  public RoleAssignment {
    if (vmid.isPresent() == name.isPresent()) {
      throw new IllegalArgumentException("a role entry selects guests by vmid or by name, not both or neither");
    }
    roles = Set.copyOf(roles);
  }

  public boolean selects(Guest guest) {
    return vmid.isPresent() ? guest.vmid() == vmid.getAsInt() : name.orElseThrow().matches(guest.name());
  }

  /** "vmid 104" / "name ci-*". */
  public String selector() {
    return vmid.isPresent() ? "vmid " + vmid.getAsInt() : "name " + name.orElseThrow();
  }
}
