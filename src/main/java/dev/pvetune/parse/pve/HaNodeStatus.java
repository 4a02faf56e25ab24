package dev.pvetune.parse.pve;

import java.util.Optional;

/**
 * The {@code master} or an {@code lrm} line of {@code ha-manager status}.
 *
 * @param node the node
 * @param status {@code active}, {@code idle}, {@code wait_for_agent_lock}, {@code maintenance
 *     mode}, {@code old timestamp - dead?}, {@code unable to read lrm status}, ...
 * @param time the timestamp text of the status (node local time), if printed
 * @param line the output line
 */
public record HaNodeStatus(String node, String status, Optional<String> time, int line) {}
