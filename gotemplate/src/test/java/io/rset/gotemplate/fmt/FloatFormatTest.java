package io.rset.gotemplate.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Float formatting against Go: floats.tsv holds, for ~1,700 doubles (edge cases, random bit
 * patterns, random decimals), the oracle's output of one printf with 30 float verbs.
 */
class FloatFormatTest {

  @Test
  void matchesGoForEveryVerbAndValue() throws IOException {
    List<String> failures = new ArrayList<>();
    int n = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/fmt/floats.tsv"), StandardCharsets.UTF_8))) {
      String header = r.readLine();
      String format = header.substring(header.indexOf('"') + 1, header.lastIndexOf('"'));
      int verbs = (int) format.chars().filter(c -> c == '%').count();
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        double v = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, tab), 16));
        String want = line.substring(tab + 1);
        Object[] args = new Object[verbs];
        Arrays.fill(args, v);
        String got = GoFmt.sprintf(format, args);
        n++;
        if (!got.equals(want)) {
          failures.add(v + "\n  want " + want + "\n  got  " + got);
        }
      }
    }
    assertThat(n).isGreaterThan(1500);
    assertThat(failures).isEmpty();
  }
}
