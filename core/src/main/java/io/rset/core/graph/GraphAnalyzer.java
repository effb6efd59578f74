package io.rset.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a {@link GraphAnalysis}. Works on int indexes in node order; every step is iterative (no
 * recursion), so deep chains cannot overflow the stack, and cycles cannot make it loop: Kahn's
 * algorithm places what it can, Tarjan's finds the strongly connected components. Cost O(V + E)
 * except transitive dependents, O(V·V/64) words.
 */
final class GraphAnalyzer {
  private final List<NodeId> ids;

  /** deps[i]: distinct dependency indexes of i, ascending. */
  private final int[][] deps;

  /** users[i]: distinct dependent indexes of i, ascending. */
  private final int[][] users;

  private GraphAnalyzer(DependencyGraph g) {
    ids = new ArrayList<>(g.nodes().size());
    g.nodes().forEach(n -> ids.add(n.id()));
    Map<NodeId, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    int n = ids.size();
    int[] outCount = new int[n];
    int[] inCount = new int[n];
    int[] from = new int[g.edges().size()];
    int[] to = new int[g.edges().size()];
    for (int k = 0; k < from.length; k++) {
      Edge e = g.edges().get(k);
      from[k] = index.get(e.dependent());
      to[k] = index.get(e.dependency());
      outCount[from[k]]++;
      inCount[to[k]]++;
    }
    deps = new int[n][];
    users = new int[n][];
    for (int i = 0; i < n; i++) {
      deps[i] = new int[outCount[i]];
      users[i] = new int[inCount[i]];
      outCount[i] = 0;
      inCount[i] = 0;
    }
    for (int k = 0; k < from.length; k++) {
      deps[from[k]][outCount[from[k]]++] = to[k];
      users[to[k]][inCount[to[k]]++] = from[k];
    }
    for (int i = 0; i < n; i++) {
      deps[i] = sortedDistinct(deps[i]);
      users[i] = sortedDistinct(users[i]);
    }
  }

  private static int[] sortedDistinct(int[] a) {
    Arrays.sort(a);
    int k = 0;
    for (int i = 0; i < a.length; i++) {
      if (i == 0 || a[i] != a[i - 1]) {
        a[k++] = a[i];
      }
    }
    return k == a.length ? a : Arrays.copyOf(a, k);
  }

  static GraphAnalysis analyze(DependencyGraph g) {
    return new GraphAnalyzer(g).run();
  }

  private GraphAnalysis run() {
    int n = ids.size();
    int[] level = new int[n];
    int[] prev = new int[n];
    Arrays.fill(prev, -1);
    int[] order = topologicalOrder(level, prev);

    List<List<NodeId>> waves = new ArrayList<>();
    Map<NodeId, Integer> waveOf = new LinkedHashMap<>();
    List<NodeId> blocked = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (level[i] < 0) {
        blocked.add(ids.get(i));
        continue;
      }
      while (waves.size() <= level[i]) {
        waves.add(new ArrayList<>());
      }
      waves.get(level[i]).add(ids.get(i));
      waveOf.put(ids.get(i), level[i]);
    }

    Map<NodeId, List<NodeId>> dependents = new LinkedHashMap<>();
    List<NodeId> roots = new ArrayList<>();
    List<NodeId> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<NodeId> d = new ArrayList<>(users[i].length);
      for (int u : users[i]) {
        d.add(ids.get(u));
      }
      dependents.put(ids.get(i), Collections.unmodifiableList(d));
      if (deps[i].length == 0) {
        roots.add(ids.get(i));
      }
      if (users[i].length == 0) {
        leaves.add(ids.get(i));
      }
    }

    int[][] components = stronglyConnectedComponents();
    return new GraphAnalysis(
        freeze(waves),
        Collections.unmodifiableMap(waveOf),
        criticalPath(level, prev, order),
        Collections.unmodifiableMap(dependents),
        transitiveDependents(components),
        List.copyOf(roots),
        List.copyOf(leaves),
        cycles(components),
        List.copyOf(blocked));
  }

  /**
   * Kahn's algorithm: fills level (wave, -1 when never placed) and prev (the dependency on the
   * longest chain into each node: the smallest index among those of the highest level) and returns
   * the placed nodes in topological order.
   */
  private int[] topologicalOrder(int[] level, int[] prev) {
    int n = ids.size();
    int[] remaining = new int[n];
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      remaining[i] = deps[i].length;
      level[i] = -1;
      if (remaining[i] == 0) {
        level[i] = 0;
        order[tail++] = i;
      }
    }
    while (head < tail) {
      int i = order[head++];
      for (int u : users[i]) {
        if (--remaining[u] == 0) {
          int best = -1;
          for (int d : deps[u]) {
            if (best < 0 || level[d] > level[best]) {
              best = d;
            }
          }
          level[u] = level[best] + 1;
          prev[u] = best;
          order[tail++] = u;
        }
      }
    }
    return Arrays.copyOf(order, tail);
  }

  private List<NodeId> criticalPath(int[] level, int[] prev, int[] order) {
    if (order.length == 0) {
      return List.of();
    }
    int end = -1;
    for (int i : order) {
      if (end < 0 || level[i] > level[end] || (level[i] == level[end] && i < end)) {
        end = i;
      }
    }
    List<NodeId> path = new ArrayList<>(level[end] + 1);
    for (int i = end; i >= 0; i = prev[i]) {
      path.add(ids.get(i));
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }

  /**
   * Tarjan's algorithm over dependency edges, iteratively. Components come out dependencies first
   * (a component is emitted after every component it reaches).
   */
  private int[][] stronglyConnectedComponents() {
    int n = ids.size();
    int[] index = new int[n];
    int[] low = new int[n];
    int[] next = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n];
    int sp = 0;
    int[] call = new int[n];
    int counter = 0;
    List<int[]> out = new ArrayList<>();
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int cp = 0;
      call[cp++] = root;
      index[root] = low[root] = counter++;
      stack[sp++] = root;
      onStack[root] = true;
      while (cp > 0) {
        int v = call[cp - 1];
        if (next[v] < deps[v].length) {
          int w = deps[v][next[v]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[sp++] = w;
            onStack[w] = true;
            call[cp++] = w;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        cp--;
        if (cp > 0) {
          int parent = call[cp - 1];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == index[v]) {
          int start = sp;
          do {
            start--;
          } while (stack[start] != v);
          int[] comp = Arrays.copyOfRange(stack, start, sp);
          for (int w : comp) {
            onStack[w] = false;
          }
          sp = start;
          Arrays.sort(comp);
          out.add(comp);
        }
      }
    }
    return out.toArray(new int[0][]);
  }

  private boolean cyclic(int[] comp) {
    return comp.length > 1 || Arrays.binarySearch(deps[comp[0]], comp[0]) >= 0;
  }

  /** One closed path per cyclic component: breadth-first from its smallest node back to it. */
  private List<List<NodeId>> cycles(int[][] components) {
    int n = ids.size();
    int[] compOf = new int[n];
    for (int c = 0; c < components.length; c++) {
      for (int v : components[c]) {
        compOf[v] = c;
      }
    }
    List<int[]> cyclic = new ArrayList<>();
    for (int[] comp : components) {
      if (cyclic(comp)) {
        cyclic.add(comp);
      }
    }
    cyclic.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<List<NodeId>> out = new ArrayList<>();
    int[] from = new int[n];
    for (int[] comp : cyclic) {
      int s = comp[0];
      int c = compOf[s];
      List<NodeId> path = new ArrayList<>();
      if (Arrays.binarySearch(deps[s], s) >= 0) {
        path.add(ids.get(s));
        path.add(ids.get(s));
        out.add(List.copyOf(path));
        continue;
      }
      for (int v : comp) {
        from[v] = -1;
      }
      Deque<Integer> queue = new ArrayDeque<>();
      queue.add(s);
      int last = -1;
      while (!queue.isEmpty() && last < 0) {
        int v = queue.poll();
        for (int w : deps[v]) {
          if (compOf[w] != c) {
            continue;
          }
          if (w == s) {
            last = v;
            break;
          }
          if (from[w] < 0) {
            from[w] = v;
            queue.add(w);
          }
        }
      }
      // Walk back from the node that closes the cycle; from[s] is never set, so s ends the walk.
      for (int v = last; v != s; v = from[v]) {
        path.add(ids.get(v));
      }
      path.add(ids.get(s));
      Collections.reverse(path);
      path.add(ids.get(s));
      out.add(List.copyOf(path));
    }
    return List.copyOf(out);
  }

  /**
   * Counts each node's direct and indirect dependents: per component, in reverse emission order
   * (dependents before their dependencies), the union of its outside dependents and their sets. A
   * component's set is dropped once every component reading it is done, so a long chain holds few
   * sets at a time.
   */
  private Map<NodeId, Integer> transitiveDependents(int[][] components) {
    int n = ids.size();
    int[] compOf = new int[n];
    for (int c = 0; c < components.length; c++) {
      for (int v : components[c]) {
        compOf[v] = c;
      }
    }
    int[] readsLeft = new int[components.length];
    for (int v = 0; v < n; v++) {
      for (int u : users[v]) {
        if (compOf[u] != compOf[v]) {
          readsLeft[compOf[u]]++;
        }
      }
    }
    BitSet[] reach = new BitSet[components.length];
    int[] count = new int[components.length];
    for (int c = components.length - 1; c >= 0; c--) {
      BitSet set = new BitSet();
      for (int v : components[c]) {
        for (int u : users[v]) {
          int cu = compOf[u];
          if (cu != c) {
            set.set(u);
            set.or(reach[cu]);
            if (--readsLeft[cu] == 0) {
              reach[cu] = null;
            }
          }
        }
      }
      if (cyclic(components[c])) {
        for (int v : components[c]) {
          set.set(v);
        }
      }
      count[c] = set.cardinality();
      reach[c] = readsLeft[c] == 0 ? null : set;
    }
    Map<NodeId, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int c = compOf[i];
      out.put(ids.get(i), count[c] - (cyclic(components[c]) ? 1 : 0));
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<List<NodeId>> freeze(List<List<NodeId>> lists) {
    List<List<NodeId>> out = new ArrayList<>(lists.size());
    lists.forEach(l -> out.add(List.copyOf(l)));
    return List.copyOf(out);
  }
}
