package dev.pvetune.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RuleDocsTest {
  private static final Path PAGES = Path.of("src/main/resources/dev/pvetune/rules");
  private static final Path CATALOGUE = Path.of("src/test/resources/dev/pvetune/rules/catalogue.tsv");
  private static final List<String> SECTIONS = List.of("Problem", "Why it matters", "How to fix", "When it is fine to ignore", "Sources");
  private static final Pattern TITLE = Pattern.compile("# ([A-Z]+-\\d{3}) ([a-z0-9-]+): (\\S.*)");
  private static final Pattern SEED = Pattern.compile("\\bs\\d{3}\\b");

  /** id → {slug, severity text} from docs/RULES.md, copied into the test resource. */
  record Entry(String slug, String severity) {}

  static Map<String, Entry> catalogue() throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (String line : Files.readAllLines(CATALOGUE, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      entries.put(f[0], new Entry(f[1], f[2]));
    }
    return entries;
  }

  @Test
  void catalogueHoldsTheSeventyOneRules() throws IOException {
    assertThat(catalogue()).hasSize(71).containsKeys("DISK-001", "DISK-020", "GUEST-006", "STOR-006", "POOL-018", "DSET-008", "MEM-008", "MAINT-004", "HOST-001");
  }

  @Test
  void everyRegisteredRuleHasAPage() {
    for (Rule rule : RuleRegistry.all()) {
      assertThat(RuleDocs.page(rule.info())).as("page %s", RuleDocs.resource(rule.info())).isPresent();
    }
  }

  @Test
  void registeredRulesMatchTheCatalogue() throws IOException {
    Map<String, Entry> catalogue = catalogue();
    for (Rule rule : RuleRegistry.all()) {
      RuleInfo info = rule.info();
      assertThat(catalogue).as("catalogue id %s", info.id()).containsKey(info.id());
      assertThat(info.slug()).as("slug of %s", info.id()).isEqualTo(catalogue.get(info.id()).slug());
      assertThat(Arrays.asList(catalogue.get(info.id()).severity().split(" / "))).as("severity of %s", info.id()).contains(info.severity().label());
    }
  }

  @Test
  void everyCatalogueRuleHasAPageAndEveryPageIsCatalogued() throws IOException {
    List<String> pages;
    try (Stream<Path> files = Files.list(PAGES)) {
      pages = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).map(n -> n.substring(0, n.length() - 3)).sorted().toList();
    }
    assertThat(catalogue().keySet()).as("pages for every catalogued rule").isSubsetOf(pages);
    assertThat(pages).as("pages whose id is not in the catalogue").isSubsetOf(catalogue().keySet());
  }

  @TestFactory
  Stream<DynamicTest> pagesAreWellFormed() throws IOException {
    Map<String, Entry> catalogue = catalogue();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(PAGES)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(page.getFileName().toString(), () -> checkPage(page, catalogue)));
      }
    }
    return tests.stream();
  }

  private static void checkPage(Path page, Map<String, Entry> catalogue) throws IOException {
    String id = page.getFileName().toString().replace(".md", "");
    List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    Matcher title = TITLE.matcher(lines.get(0));
    assertThat(title.matches()).as("title line of %s: '# <ID> <slug>: <title>'", page).isTrue();
    assertThat(title.group(1)).as("id in the title of %s", page).isEqualTo(id);
    assertThat(title.group(2)).as("slug in the title of %s", page).isEqualTo(catalogue.get(id).slug());
    RuleRegistry.find(id).ifPresent(rule ->
        assertThat(title.group(3)).as("title of %s (the registered rule's title)", page).isEqualTo(rule.info().title()));
    assertThat(lines).as("severity line of %s", page).contains("Severity: " + catalogue.get(id).severity());
    assertThat(lines.size()).as("length of %s", page).isBetween(25, 60);

    List<String> headings = lines.stream().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
    assertThat(headings).as("sections of %s", page).containsExactlyElementsOf(SECTIONS);
    for (String section : SECTIONS) {
      assertThat(body(lines, section)).as("section '%s' of %s", section, page).isNotBlank();
    }
    Matcher seeds = SEED.matcher(String.join("\n", lines));
    while (seeds.find()) {
      assertThat(seeds.group()).as("seed cited in %s", page).isIn("s000", "s001", "s002", "s003", "s004");
    }
  }

  private static String body(List<String> lines, String section) {
    int start = lines.indexOf("## " + section);
    StringBuilder text = new StringBuilder();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      text.append(lines.get(i)).append('\n');
    }
    return text.toString();
  }
}
