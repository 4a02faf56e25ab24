package dev.pvetune.model;

public enum GuestKind {
  QEMU("qemu", "qm"), LXC("lxc", "pct");

  private final String path;
  private final String tool;

  GuestKind(String path, String tool) {
    this.path = path;
    this.tool = tool;
  }

  /** The path segment used in resources and /etc/pve: qemu-server is "qemu" in resources. */
  public String path() {
    return path;
  }

  /** The CLI that changes such a guest: qm or pct. */
  public String tool() {
    return tool;
  }
}
