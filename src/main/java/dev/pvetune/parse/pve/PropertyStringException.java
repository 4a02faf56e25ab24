package dev.pvetune.parse.pve;

/** A property string that Proxmox would reject as a whole (the config line is then ignored). */
public final class PropertyStringException extends Exception {
  private static final long serialVersionUID = 1L;

  public PropertyStringException(String message) {
    super(message);
  }
}
