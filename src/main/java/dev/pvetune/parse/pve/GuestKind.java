package dev.pvetune.parse.pve;

/** Which Proxmox guest type a config file describes. */
public enum GuestKind {
  /** A virtual machine: {@code /etc/pve/nodes/<node>/qemu-server/<vmid>.conf}. */
  QEMU,
  /** A container: {@code /etc/pve/nodes/<node>/lxc/<ctid>.conf}. */
  LXC
}
