package dev.pvetune.parse.pve;

/** Which Proxmox guest type a config file describes. */
public enum GuestKind {
  /** A virtual machine: {@code /etc/pve/nodes/<node>/qemu-server/<vmid>.conf}. */
  QEMU("qemu", "qm"),
  /** A container: {@code /etc/pve/nodes/<node>/lxc/<ctid>.conf}. */
  LXC("lxc", "pct");

  private final String path;
  private final String tool;

  GuestKind(String path, String tool) {
    this.path = path;
    this.tool = tool;
  }

  /** The word used in resource names: node/pve1/qemu/100, node/pve1/lxc/200. */
  public String path() {
    return path;
  }

  /** The command that changes such a guest: qm or pct. */
  public String tool() {
    return tool;
  }
}
