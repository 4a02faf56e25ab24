package dev.pvetune.rules.maint;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Setting;
import dev.pvetune.model.SourceRef;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** MAINT-001: the ZFS event daemon has nowhere to send pool faults. */
public final class NobodyHearsZfs implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MAINT-001", "nobody-hears-zfs", Severity.MEDIUM,
      "ZFS events notify nobody", Set.of(Input.ZED_RC));

  static final String ZED_RC = "files/etc/zfs/zed.d/zed.rc";

  /** The variable each of ZED's notifiers cannot work without (zed-functions.sh). */
  static final List<String> NOTIFIERS = List.of("ZED_EMAIL_ADDR", "ZED_NTFY_TOPIC", "ZED_PUSHBULLET_ACCESS_TOKEN", "ZED_SLACK_WEBHOOK_URL",
      "ZED_PUSHOVER_TOKEN", "ZED_GOTIFY_APPTOKEN", "ZED_DISCORD_WEBHOOK_URL");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Map<String, Setting> zed = inv.host().zedRc();
    if (NOTIFIERS.stream().anyMatch(n -> zed.containsKey(n) && !zed.get(n).value().isBlank())) {
      return;
    }
    var finding = out.on(inv.nodeResource() + "/zed", "ZED on node " + inv.node() + " has no notification target: ZED_EMAIL_ADDR is not set and no "
            + "ntfy, Pushbullet, Slack, Pushover, Gotify or Discord notifier is configured");
    Setting email = zed.get("ZED_EMAIL_ADDR");
    finding.evidence(email != null ? "ZED_EMAIL_ADDR is empty" : "no active ZED_EMAIL_ADDR assignment (absent or commented out)",
        email != null ? email.source() : SourceRef.of(ZED_RC));
    finding.impact("A faulted disk, a degraded pool, checksum errors or a finished scrub with errors are logged and nobody is told; "
            + "the Proxmox GUI does not alert on most of these (s000), so the next failure in the same vdev can be the one that loses data")
        .fix("Send ZED's events to root (Proxmox forwards root's mail to the address of root@pam)", Disruption.ONLINE, new Change.Manual(List.of(
            "sed -i 's/^#\\?ZED_EMAIL_ADDR=.*/ZED_EMAIL_ADDR=\"root\"/' /etc/zfs/zed.d/zed.rc   # or configure ZED_NTFY_TOPIC, ZED_SLACK_WEBHOOK_URL, ...",
            "systemctl restart zfs-zed",
            "test it: zpool scrub <pool> and wait for the scrub_finish mail (ZED_NOTIFY_VERBOSE=1 also mails healthy scrubs)")))
        .add();
  }
}
