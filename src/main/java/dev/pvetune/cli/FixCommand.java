package dev.pvetune.cli;

import dev.pvetune.bundle.Bundle;
import dev.pvetune.fix.FixPlan;
import dev.pvetune.fix.FixPlanner;
import dev.pvetune.fix.FixSelection;
import dev.pvetune.fix.ScriptWriter;
import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
      "Write a reviewed bash script that fixes the audited node's findings.",
      "By default the script only shows what it would do; with --apply it checks every value is still what the audit saw,"
          + " changes it, and writes an undo script. pvetune itself never changes anything."
          + " Remedies that need a person are listed in a manual section at the end."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:script written", "2:usage error or unreadable input"})
public final class FixCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions source = new SourceOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the script to FILE (mode 0700) instead of standard output.")
  Path output;

  @Option(names = "--only", paramLabel = "IDS", split = ",", description = "Only these rule ids, comma-separated (e.g. DISK-001,DSET-003).")
  List<String> only = new ArrayList<>();

  @Option(names = "--min-severity", paramLabel = "SEVERITY", defaultValue = "info", converter = SeverityConverter.class,
      description = "Only findings at or above this severity: critical, high, medium, low, info (default: ${DEFAULT-VALUE}).")
  Severity minSeverity;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    for (String id : only) {
      if (!id.strip().matches("(?i)[a-z]+-\\d{3}")) {
        throw new UserError("--only: '" + id + "' is not a rule id (like DISK-001)");
      }
    }
    Bundle bundle = source.open(err, Path.of("/etc/pve"));
    AuditResult result = Audit.run(bundle);
    FixPlan plan = FixPlanner.plan(result, new FixSelection(Set.copyOf(only), minSeverity));
    String script = ScriptWriter.write(plan, Version.current());
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(script);
      out.flush();
    } else {
      Files.writeString(output, script, StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException e) {
        err.println("pvetune: could not make " + output + " executable on this file system");
      }
      err.println("pvetune: wrote " + output + ": " + plan.steps().size() + " automated step(s), " + plan.manual().size()
          + " manual item(s). Read it, then run 'bash " + output + "' on " + plan.node() + " for a dry run.");
    }
    err.flush();
    return ExitCodes.OK;
  }
}
