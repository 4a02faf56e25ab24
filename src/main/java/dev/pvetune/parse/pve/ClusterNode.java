package dev.pvetune.parse.pve;

import java.util.Optional;

/** One node of {@code /etc/pve/.members}' {@code nodelist}. */
public record ClusterNode(String name, int id, boolean online, Optional<String> ip) {}
