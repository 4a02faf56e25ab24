package dev.pvetune.parse.pve;

import java.util.List;
import java.util.Optional;

/**
 * {@code /etc/pve/.members}, the cluster membership pmxcfs publishes.
 *
 * @param localNode the node the file was read on ({@code nodename})
 * @param version the membership version
 * @param cluster the cluster, absent on a stand-alone node
 * @param nodes the configured nodes, in file order (empty on a stand-alone node)
 */
public record ClusterMembers(
    String localNode, long version, Optional<ClusterInfo> cluster, List<ClusterNode> nodes) {
  public ClusterMembers {
    nodes = List.copyOf(nodes);
  }

  public boolean isCluster() {
    return cluster.isPresent();
  }

  public Optional<ClusterNode> node(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
  }
}
