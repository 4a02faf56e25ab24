package dev.pvetune.parse.pve;

import java.util.List;
import java.util.Optional;

/**
 * {@code ha-manager status}.
 *
 * @param quorum the quorum text ({@code OK}, or {@code No quorum on node 'x'!})
 * @param master the CRM master, if one is elected
 * @param lrms the local resource managers, one per node
 * @param services the HA services
 */
public record HaManagerStatus(
    Optional<String> quorum,
    Optional<HaNodeStatus> master,
    List<HaNodeStatus> lrms,
    List<HaServiceStatus> services) {
  public HaManagerStatus {
    lrms = List.copyOf(lrms);
    services = List.copyOf(services);
  }

  /** Whether the node reported quorum; empty if the quorum line is missing. */
  public Optional<Boolean> quorate() {
    return quorum.map("OK"::equals);
  }

  public Optional<HaServiceStatus> service(String sid) {
    return services.stream().filter(s -> s.sid().equals(sid)).findFirst();
  }
}
