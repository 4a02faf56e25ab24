package dev.pvetune.parse.pve;

/**
 * A {@code service} line of {@code ha-manager status}: {@code service vm:101 (pve1, started)}.
 *
 * @param sid the service id ({@code vm:101})
 * @param node the node it is on ({@code ---} if unknown)
 * @param state the service state as the CRM sees it ({@code started}, {@code stopped}, {@code
 *     error}, {@code fence}, {@code recovery}, {@code migrate}, ...)
 * @param line the output line
 */
public record HaServiceStatus(String sid, String node, String state, int line) {
  /** The resource type ({@code vm}, {@code ct}). */
  public String type() {
    int colon = sid.indexOf(':');
    return colon < 0 ? "" : sid.substring(0, colon);
  }

  /** The resource name, the guest id for vm/ct. */
  public String name() {
    return sid.substring(sid.indexOf(':') + 1);
  }
}
