package io.rset.platform.edit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzzes the splice: {@link YamlTree} + {@link ListInsert} + {@link Splice} over any text, checked
 * here independently of {@link EditCheck}. Whatever the text, the only exception allowed is an
 * {@link EditException} (a refusal); when a splice is produced, the result must read (as Flux reads
 * YAML) as the original with exactly the new item in the list, and the splices may only insert text
 * or remove an empty list's {@code []}/null. A hang longer than {@link #TIMEOUT_SECONDS} is a
 * finding.
 *
 * <p>Input: the first byte chooses the list (bits 0–1), the index (bits 2–4; 0 appends) and the new
 * item's value (bits 5–7); the rest is the YAML text. Regression mode (every build) runs the seeds
 * in {@code ListInsertFuzzTestInputs/}; fuzz mode: {@code JAZZER_FUZZ=1 ./mvnw -pl platform test
 * -Dtest=ListInsertFuzzTest}.
 */
class ListInsertFuzzTest {
  private static final YamlReader READER =
      new YamlReader(new YamlReader.Limits(256 * 1024, 200, 100, 100_000));
  private static final long TIMEOUT_SECONDS = 30;
  private static final String[] VALUES = {
    "podinfo", "1.10", "a: b", "#x", "yes", "${v}", "😀 it's", "[x, {y}]"
  };

  private static ExecutorService worker = newWorker();

  @FuzzTest(maxDuration = "5m")
  void insert(byte[] data) throws Throwable {
    if (data.length == 0) {
      return;
    }
    Future<?> run = worker.submit(() -> check(data));
    try {
      run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      throw new AssertionError("hang: no result after " + TIMEOUT_SECONDS + "s");
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private static void check(byte[] data) {
    int control = data[0] & 0xff;
    String text = new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
    List<String> path =
        switch (control & 3) {
          case 0, 1 -> List.of("spec", "inputs");
          case 2 -> List.of("files");
          default -> List.of("resources");
        };
    String value = VALUES[(control >> 5) & 7];
    Object item = (control & 3) == 1 || (control & 3) == 2 ? value : release(value);
    int indexChoice = (control >> 2) & 7;

    List<Object> before;
    try {
      before = values(text);
    } catch (YamlException notYaml) {
      return;
    }
    TextDoc doc = new TextDoc("fuzz.yaml", text);
    List<Splice> splices;
    int index;
    try {
      List<Node> docs = YamlTree.read(doc);
      if (docs.isEmpty()) {
        return;
      }
      Node.Map parent = ListEdit.mapAt(doc, docs.get(0), path.subList(0, path.size() - 1));
      String key = path.get(path.size() - 1);
      int size = parent.get(key) instanceof Node.Seq q ? q.items().size() : 0;
      index = indexChoice == 0 ? size : Math.min(indexChoice - 1, size);
      splices =
          new ListInsert(doc, Layout.of(doc, docs))
              .insert(parent, key, index, item, List.of("resourcesTemplate"));
    } catch (EditException refused) {
      if (refused.getMessage() == null || refused.getMessage().startsWith("internal error")) {
        throw new AssertionError("bad refusal", refused);
      }
      return;
    }
    for (Splice s : splices) {
      String removed = text.substring(s.from(), s.to()).strip();
      if (!List.of("", "[]", "~", "null", "Null", "NULL").contains(removed.replace(" ", ""))) {
        throw new AssertionError("splice removes \"" + removed + "\"");
      }
    }
    String after = Splice.apply(text, splices);
    List<Object> actual;
    try {
      actual = values(after);
    } catch (YamlException e) {
      throw new AssertionError("edited text does not read: " + e.getMessage() + "\n" + after, e);
    }
    if (!(before.get(0) instanceof Map<?, ?>)) {
      throw new AssertionError("a splice was made into a document that is not a mapping");
    }
    List<Object> expected = new ArrayList<>(before);
    EditCheck.insertAt(expected, 0, path, index, item);
    if (!expected.equals(actual)) {
      throw new AssertionError(
          "edited text reads differently\n--- before\n" + text + "\n--- after\n" + after);
    }
  }

  private static Map<String, Object> release(String value) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("name", value);
    chart.put("version", value);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", value);
    m.put("chart", chart);
    m.put("dependsOn", List.of(value, "b"));
    return m;
  }

  private static List<Object> values(String text) {
    List<Object> out = new ArrayList<>();
    for (YamlNode n : READER.readDocuments("fuzz.yaml", text)) {
      out.add(n.toValue());
    }
    return out;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "splice-fuzz");
          t.setDaemon(true);
          return t;
        });
  }
}
