package dev.pvetune.cli.plan;

import dev.pvetune.report.plan.ArcPlanText;
import dev.pvetune.report.plan.PlanJson;
import dev.pvetune.zfs.ArcPlan;
import dev.pvetune.zfs.ArcPlanner;
import dev.pvetune.zfs.ArcRequest;
import dev.pvetune.zfs.ZfsVersion;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "arc",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Recommended zfs_arc_max and zfs_arc_min for a Proxmox host, the memory budget behind "
            + "them and the /etc/modprobe.d/zfs.conf line.",
    footer = {"", "Example:", "  pvetune plan arc --ram 128G --guest-ram 96G --pool-size 20TB"})
public final class PlanArcCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--ram", required = true, paramLabel = "SIZE", description = "Host RAM: 128G, 128GiB, 131072M (binary units).")
  String ram;

  @Option(names = "--guest-ram", paramLabel = "SIZE", defaultValue = "0", description = "Memory assigned to VMs and containers. Default: 0.")
  String guestRam;

  @Option(names = "--pool-size", paramLabel = "SIZE", description = "Total pool size, for the 2 GiB + 1 GiB/TiB rule: 20TB, 18TiB.")
  String poolSize;

  @Option(names = "--host-reserve", paramLabel = "SIZE", description = "Memory kept for the host (default: RAM/16 within 2–4 GiB).")
  String hostReserve;

  @Option(names = "--zfs-version", paramLabel = "VERSION", description = "OpenZFS release on the host (default: 2.4.4).")
  String zfsVersion;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Override
  public Integer call() {
    ArcPlan plan;
    try {
      ArcRequest request =
          new ArcRequest(
              SizeParser.memory(ram),
              guestRam.trim().equals("0") ? 0 : SizeParser.memory(guestRam),
              poolSize == null ? OptionalLong.empty() : OptionalLong.of(SizeParser.storage(poolSize)),
              hostReserve == null ? OptionalLong.empty() : OptionalLong.of(SizeParser.memory(hostReserve)),
              zfsVersion == null ? ZfsVersion.CURRENT : ZfsVersion.parse(zfsVersion));
      plan = ArcPlanner.plan(request);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    spec.commandLine().getOut().print(format == OutputFormat.json ? PlanJson.arc(plan) : ArcPlanText.render(plan));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
