package dev.pvetune.cli;

import dev.pvetune.model.Inventory;
import dev.pvetune.report.AuditContext;
import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleRegistry;
import dev.pvetune.rules.Severity;
import dev.pvetune.settings.Settings;
import dev.pvetune.settings.SettingsLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Check a node's guests, storages, pools, datasets, memory and upkeep against the rule catalogue.",
      "Without --bundle or --local: audits this node on a Proxmox VE host, otherwise the built-in example."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error or unreadable input"
    })
public final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.ParentCommand PvetuneCommand root;

  @Mixin SourceOptions source = new SourceOptions();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or md (Markdown, for pasting into a ticket) (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high", converter = SeverityConverter.class,
      description = "Exit with status 1 when a finding is at or above this severity: critical, high, medium, low, info (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Option(names = "--settings", paramLabel = "FILE",
      description = "YAML settings: guest roles, thresholds, severity overrides, waivers (see docs/settings.example.yaml).")
  Path settingsFile;

  @Option(names = "--show-waived", description = "List the findings waived by the settings file, with reason and expiry.")
  boolean showWaived;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    // Read first: a bad settings file should stop the audit before any collecting.
    Settings settings = settingsFile == null ? Settings.NONE
        : SettingsLoader.load(settingsFile, RuleRegistry.all().stream().map(Rule::info).toList());
    Path pveRoot = Path.of("/etc/pve");
    Optional<InventoryPrefetch.Source> prefetchable = source.prefetchable(pveRoot);
    Optional<AuditResult> done = settingsFile == null ? prefetchable.flatMap(root.prefetch::takeResult) : Optional.empty();
    Optional<Inventory> built = done.isPresent() ? Optional.empty() : prefetchable.flatMap(root.prefetch::take);
    if ((done.isPresent() || built.isPresent()) && source.choice == null) {
      source.announceExample(err, pveRoot);
    }
    AuditResult result = done.orElseGet(() -> built
        .map(inventory -> Audit.run(inventory, settings, LocalDate.now()))
        .orElseGet(() -> Audit.run(source.open(err, pveRoot), settings, LocalDate.now())));
    boolean color = output == null && format == OutputFormat.text && Terminal.colorAllowed();
    AuditContext context = new AuditContext(Version.current(), failOn, color, showWaived,
        Optional.ofNullable(settingsFile).map(Path::toString));
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      format.renderer().render(result, context, out);
      out.flush();
    } else {
      try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        format.renderer().render(result, context, out);
      }
    }
    return result.anyAtLeast(failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
