package dev.pvetune.cli.plan;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Plan a new pool or the ARC size: exact ZFS space, parity and padding cost, IOPS, memory.",
    subcommands = {PlanPoolCommand.class, PlanArcCommand.class})
public final class PlanCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: try 'pvetune plan pool' or 'pvetune plan arc'");
  }
}
