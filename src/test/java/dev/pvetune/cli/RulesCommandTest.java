package dev.pvetune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvetune.rules.Area;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.RuleRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  private static final List<RuleInfo> RULES = RuleRegistry.all().stream().map(Rule::info).toList();

  @Test
  void textListsEveryRuleOnAnAlignedLineUnderItsArea() {
    Run run = Run.of("rules");
    assertThat(run.exit()).isZero();
    List<String> lines = run.out().lines().toList();
    for (RuleInfo rule : RULES) {
      String line = lines.stream().filter(l -> l.startsWith("  " + rule.id() + " ")).findFirst().orElseThrow();
      assertThat(line).contains(" " + rule.slug() + " ", " " + rule.severity().label() + " ").endsWith(rule.title());
    }
    assertThat(RULES.stream().map(r -> lineOf(lines, r).indexOf(" " + r.slug() + " ")).distinct()).as("one slug column").hasSize(1);
    assertThat(RULES.stream().map(r -> lineOf(lines, r).indexOf(" " + r.severity().label() + " ", 12 + r.slug().length())).distinct())
        .as("one severity column").hasSize(1);
    assertThat(RULES.stream().map(r -> lineOf(lines, r).lastIndexOf(r.title())).distinct()).as("one title column").hasSize(1);
    assertThat(run.out()).contains(RULES.size() + " rules.");
  }

  private static String lineOf(List<String> lines, RuleInfo rule) {
    return lines.stream().filter(l -> l.startsWith("  " + rule.id() + " ")).findFirst().orElseThrow();
  }

  @Test
  void textGroupsAreasInCatalogueOrder() {
    String out = Run.of("rules").out();
    List<Area> present = RULES.stream().map(RuleInfo::area).distinct().sorted().toList();
    List<Integer> positions = new ArrayList<>();
    for (Area area : present) {
      int at = out.indexOf("\n" + area.name() + " — ");
      positions.add(at < 0 && out.startsWith(area.name() + " — ") ? 0 : at);
    }
    assertThat(positions).doesNotContain(-1).isSorted();
    for (RuleInfo rule : RULES) {
      int heading = positions.get(present.indexOf(rule.area()));
      assertThat(out.indexOf("  " + rule.id() + " ")).as(rule.id()).isGreaterThan(heading);
    }
  }

  @Test
  void jsonIsAnArrayOfEveryRule() throws IOException {
    Run run = Run.of("rules", "--format", "json");
    assertThat(run.exit()).isZero();
    JsonNode array = new ObjectMapper().readTree(run.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(RULES.size());
    Map<String, RuleInfo> byId = RULES.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    for (JsonNode node : array) {
      List<String> fields = new ArrayList<>();
      node.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).containsExactly("id", "slug", "severity", "title", "area");
      RuleInfo rule = byId.get(node.get("id").asText());
      assertThat(rule).as(node.toString()).isNotNull();
      assertThat(node.get("slug").asText()).isEqualTo(rule.slug());
      assertThat(node.get("severity").asText()).isEqualTo(rule.severity().label());
      assertThat(node.get("title").asText()).isEqualTo(rule.title());
      assertThat(node.get("area").asText()).isEqualTo(rule.area().name());
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Run run = Run.of("rules", "--format", "yaml");
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
    assertThat(Arrays.asList(run.err().split("\n"))).anyMatch(l -> l.contains("yaml"));
  }
}
