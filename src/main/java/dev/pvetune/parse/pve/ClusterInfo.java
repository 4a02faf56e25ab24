package dev.pvetune.parse.pve;

/**
 * The {@code cluster} object of {@code /etc/pve/.members}.
 *
 * @param name the cluster name
 * @param version the corosync config version
 * @param nodeCount the number of configured nodes
 * @param quorate whether this node is in the quorate partition
 */
public record ClusterInfo(String name, long version, int nodeCount, boolean quorate) {}
