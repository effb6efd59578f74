package io.rset.platform.kustomize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * kyaml's strategic merge (merge2 with the walk package), as kustomize applies patches: maps merge
 * field by field (sorted), scalars and plain lists are replaced, and lists the Kubernetes schema
 * declares with patch strategy "merge" are merged element by element by their merge key(s), patch
 * elements first. {@code $patch: delete|replace|merge} directives apply to maps and lists; a null
 * in the patch clears a field. Lists of custom resources have no schema and are replaced.
 *
 * <p>The destination is changed in place; the result is null when the patch deletes it.
 */
final class StrategicMerge {
  private StrategicMerge() {}

  /** A patch that cannot be applied. */
  static final class MergeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MergeException(String message) {
      super(message, null, false, false);
    }
  }

  private static final int DEST = 0;
  private static final int ORIGIN = 1;

  /** merge2.Merge(patch, dest) with prepended list items. */
  static KNode merge(KNode patch, KNode dest) {
    return walk(null, new KNode[] {dest, patch}, List.of());
  }

  // ---------------------------------------------------------------------------------------------
  // walk

  private static KNode walk(K8sSchema schema, KNode[] sources, List<String> path) {
    schema = schema(schema, sources);
    KNode.Kind kind = null;
    for (KNode s : sources) {
      if (!KNode.isMissingOrNull(s)) {
        kind = s.kind;
        break;
      }
    }
    if (kind == null) {
      return walkMap(schema, sources, path);
    }
    for (KNode s : sources) {
      if (!KNode.isMissingOrNull(s) && s.kind != kind) {
        throw new MergeException(
            "wrong node kind: expected "
                + FieldSpecWalker.kindName(sources[firstNonNull(sources)])
                + " but got "
                + FieldSpecWalker.kindName(s)
                + (path.isEmpty() ? "" : " at " + String.join(".", path)));
      }
    }
    return switch (kind) {
      case MAP -> walkMap(schema, sources, path);
      case SEQ ->
          schema != null && schema.hasMergeStrategy()
              ? walkAssociativeSequence(schema, sources, path)
              : visitList(sources, false);
      case SCALAR -> visitScalar(sources);
    };
  }

  private static int firstNonNull(KNode[] sources) {
    for (int i = 0; i < sources.length; i++) {
      if (!KNode.isMissingOrNull(sources[i])) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Walker.GetSchema: the given schema, else the resource type's of a source with apiVersion and
   * kind.
   */
  private static K8sSchema schema(K8sSchema given, KNode[] sources) {
    if (given != null) {
      return given;
    }
    for (KNode s : sources) {
      if (KNode.isMissingOrNull(s) || !s.isMap()) {
        continue;
      }
      KNode av = s.field("apiVersion");
      KNode k = s.field("kind");
      if (KNode.isNilOrEmpty(av) || KNode.isNilOrEmpty(k)) {
        continue;
      }
      K8sSchema found = K8sSchema.forType(av.value, k.value);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static KNode walkMap(K8sSchema schema, KNode[] sources, List<String> path) {
    KNode dest = visitMap(sources);
    sources[DEST] = dest;
    if (dest == null) {
      return null;
    }
    TreeSet<String> names = new TreeSet<>(GoStrings::compare);
    for (KNode s : sources) {
      if (s != null && s.isMap()) {
        names.addAll(s.fieldNames());
      }
    }
    for (String key : names) {
      K8sSchema fs = schema == null ? null : schema.field(key);
      KNode[] fv = new KNode[sources.length];
      for (int i = 0; i < sources.length; i++) {
        fv[i] = sources[i] == null ? null : sources[i].field(key);
      }
      List<String> p = new ArrayList<>(path);
      p.add(key);
      KNode val = walk(fs, fv, p);
      if (dest.isMap()) {
        dest.setField(key, val);
      }
    }
    return dest;
  }

  private static KNode visitMap(KNode[] nodes) {
    KNode dest = nodes[DEST];
    KNode origin = nodes[ORIGIN];
    if (KNode.isMissingOrNull(dest)) {
      Directive ps = directiveIgnoringErrors(origin);
      if (ps == Directive.DELETE) {
        return null;
      }
      if (origin == null && dest != null && !dest.value.isEmpty()) {
        return KNode.persistentNull(dest.value);
      }
      return origin;
    }
    if (origin != null && origin.isTaggedNull()) {
      return null;
    }
    return switch (directive(origin)) {
      case DELETE -> null;
      case REPLACE -> origin;
      default -> dest;
    };
  }

  private static KNode visitScalar(KNode[] nodes) {
    return nodes[ORIGIN] != null ? nodes[ORIGIN] : nodes[DEST];
  }

  private static KNode visitList(KNode[] nodes, boolean associative) {
    KNode dest = nodes[DEST];
    KNode origin = nodes[ORIGIN];
    if (!associative) {
      return origin != null ? origin : dest;
    }
    if (KNode.isMissingOrNull(dest)) {
      return origin;
    }
    if (origin != null && origin.isTaggedNull()) {
      return null;
    }
    return switch (directive(origin)) {
      case DELETE -> null;
      case REPLACE -> origin;
      default -> dest;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // $patch directives

  private enum Directive {
    UNKNOWN,
    REPLACE,
    DELETE,
    MERGE
  }

  private static Directive directiveIgnoringErrors(KNode patch) {
    try {
      return directive(patch);
    } catch (MergeException e) {
      return Directive.UNKNOWN;
    }
  }

  /** determineSmpDirective: reads and removes a $patch directive from the patch. */
  private static Directive directive(KNode patch) {
    if (patch == null) {
      return Directive.MERGE;
    }
    switch (patch.kind) {
      case SEQ -> {
        KNode element = null;
        for (KNode e : patch.content) {
          if (e.isMap() && e.field("$patch") != null) {
            element = e;
            break;
          }
        }
        if (element == null || element.content.size() > 2) {
          return Directive.MERGE;
        }
        String v = element.field("$patch").value;
        Directive d = named(v);
        setElement(patch, null, List.of("$patch"), List.of(v));
        return d;
      }
      case MAP -> {
        KNode node = patch.field("$patch");
        if (node == null) {
          return Directive.MERGE;
        }
        Directive d = named(node.value);
        patch.clear("$patch");
        return d;
      }
      default ->
          throw new MergeException(
              "no implemented strategic merge patch strategy for '"
                  + patch.shortTag()
                  + "' ('"
                  + patch.value
                  + "')");
    }
  }

  private static Directive named(String v) {
    return switch (v) {
      case "delete" -> Directive.DELETE;
      case "replace" -> Directive.REPLACE;
      case "merge" -> Directive.MERGE;
      default -> throw new MergeException("unknown patch strategy '" + v + "'");
    };
  }

  // ---------------------------------------------------------------------------------------------
  // associative lists

  private static KNode walkAssociativeSequence(
      K8sSchema schema, KNode[] sources, List<String> path) {
    KNode dest = visitList(sources, true);
    sources[DEST] = dest;
    if (dest == null) {
      return null;
    }
    List<String> keys = schema.mergeKeys();
    List<List<String>> values = elementValues(sources, keys);
    if (!values.isEmpty() || !keys.isEmpty()) {
      return setElements(schema, sources, values, keys, dest, path);
    }
    return setElements(schema, sources, primitiveValues(sources), List.of(""), dest, path);
  }

  /** Each element's merge key values, patch elements first, without repeats. */
  private static List<List<String>> elementValues(KNode[] sources, List<String> keys) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < sources.length; i++) {
      KNode src = sources[(i + 1) % sources.length];
      if (src == null || src.isScalar()) {
        continue;
      }
      for (KNode elem : src.content) {
        List<String> vals = new ArrayList<>();
        for (String key : keys) {
          KNode f = elem.isMap() ? elem.field(key) : null;
          vals.add(KNode.isNilOrEmpty(f) ? "" : f.value);
        }
        if (vals.isEmpty() || out.contains(vals)) {
          continue;
        }
        out.add(vals);
      }
    }
    return out;
  }

  private static List<List<String>> primitiveValues(KNode[] sources) {
    List<List<String>> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sources.length; i++) {
      KNode src = sources[(i + 1) % sources.length];
      if (src == null || src.isScalar()) {
        continue;
      }
      for (KNode item : src.content) {
        if (seen.add(item.value)) {
          out.add(List.of(item.value));
        }
      }
    }
    return out;
  }

  private static KNode setElements(
      K8sSchema schema,
      KNode[] sources,
      List<List<String>> valuesList,
      List<String> keys,
      KNode dest,
      List<String> path) {
    KNode itemsToBeAdded = KNode.seq();
    K8sSchema elemSchema = schema == null ? null : schema.elements();
    if (keys.size() > 1) {
      valuesList = mergeValues(valuesList);
    }
    List<String> validKeys = List.of();
    List<String> validValues = List.of();
    for (List<String> values : valuesList) {
      if (values.isEmpty()) {
        continue;
      }
      List<List<String>> kv = validateKeys(valuesList, values, keys);
      validKeys = kv.get(0);
      validValues = kv.get(1);
      KNode val = walk(elemSchema, elementValueList(sources, validKeys, validValues), path);
      boolean exit = false;
      for (int i = 0; i < validKeys.size(); i++) {
        String key = validKeys.get(i);
        if (KNode.isMissingOrNull(val) || KNode.isEmptyMap(val)) {
          setElement(dest, null, validKeys, validValues);
          exit = true;
        } else if (val.field(key) == null && !validValues.get(i).isEmpty()) {
          if (val.isMap()) {
            val.setField(key, KNode.untagged(validValues.get(i)));
          }
        }
      }
      if (exit) {
        continue;
      }
      setElement(itemsToBeAdded, val, validKeys, validValues);
    }
    if (!valuesList.isEmpty()) {
      dest = appendList(itemsToBeAdded, dest, validKeys);
    }
    if (KNode.isMissingOrNull(dest)) {
      return null;
    }
    return dest;
  }

  /** validateKeys: drops secondary keys no element has a value for. */
  private static List<List<String>> validateKeys(
      List<List<String>> valuesList, List<String> values, List<String> keys) {
    Set<String> validKeySet = new HashSet<>();
    for (List<String> vs : valuesList) {
      for (int i = 0; i < vs.size(); i++) {
        if (!vs.get(i).isEmpty()) {
          validKeySet.add(keys.get(i));
        }
      }
    }
    if (validKeySet.isEmpty()) {
      return List.of(keys, values);
    }
    List<String> vk = new ArrayList<>();
    for (String k : keys) {
      if (validKeySet.contains(k)) {
        vk.add(k);
      }
    }
    List<String> vv = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).isEmpty() || validKeySet.contains(keys.get(i))) {
        vv.add(values.get(i));
      }
    }
    return List.of(vk, vv);
  }

  /** mergeValues: key tuples that differ only where one side is empty are the same element. */
  private static List<List<String>> mergeValues(List<List<String>> valuesList) {
    List<List<String>> vl = new ArrayList<>(valuesList);
    for (int i = 0; i < vl.size(); i++) {
      for (int j = 0; j < vl.size(); j++) {
        List<String> m = match(vl.get(i), vl.get(j));
        if (m != null) {
          vl.set(i, m);
          vl.set(j, m);
        }
      }
    }
    return vl;
  }

  private static List<String> match(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return null;
    }
    boolean common = false;
    List<String> res = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).equals(b.get(i))) {
        common = true;
        res.add(a.get(i));
        continue;
      }
      if (!a.get(i).isEmpty() && !b.get(i).isEmpty()) {
        return null;
      }
      res.add(!a.get(i).isEmpty() ? a.get(i) : b.get(i));
    }
    return common ? res : null;
  }

  /** Each source's element with these key values (ElementList), or null. */
  private static KNode[] elementValueList(KNode[] sources, List<String> keys, List<String> values) {
    List<List<String>> kv = validateKeys(List.of(values), values, keys);
    List<String> k = kv.get(0);
    List<String> v = kv.get(1);
    KNode[] out = new KNode[sources.length];
    for (int i = 0; i < sources.length; i++) {
      out[i] = sources[i] == null ? null : matchElement(sources[i], k, v);
    }
    return out;
  }

  /** ElementMatcher{Keys, Values}: the first element whose fields equal the values. */
  private static KNode matchElement(KNode seq, List<String> keys, List<String> values) {
    if (!seq.isSeq()) {
      return null;
    }
    List<String> ks = keys.isEmpty() ? List.of("") : keys;
    List<String> vs = values.isEmpty() ? List.of("") : values;
    if (ks.get(0).isEmpty()) {
      for (KNode e : seq.content) {
        if (e.value.equals(vs.get(0))) {
          return e;
        }
      }
      return null;
    }
    if (ks.size() != vs.size()) {
      throw new MergeException(
          "length of keys must equal length of values when MatchAnyValue is false");
    }
    for (KNode e : seq.content) {
      if (!e.isMap() && !KNode.isMissingOrNull(e)) {
        continue;
      }
      if (KNode.isMissingOrNull(e)) {
        continue;
      }
      boolean all = true;
      for (int i = 0; i < ks.size(); i++) {
        KNode f = e.field(ks.get(i));
        if (f == null || !f.value.equals(vs.get(i))) {
          all = false;
          break;
        }
      }
      if (all) {
        return e;
      }
    }
    return null;
  }

  /**
   * ElementSetter: drops null and empty-map elements, then replaces (or with a null element
   * removes) the elements whose fields match; appends the element when none matched.
   */
  static void setElement(KNode seq, KNode element, List<String> keys, List<String> values) {
    if (KNode.isMissingOrNull(seq)) {
      return;
    }
    if (!seq.isSeq()) {
      throw new MergeException(
          "wrong node kind: expected SequenceNode but got " + FieldSpecWalker.kindName(seq));
    }
    List<String> ks = keys.isEmpty() ? List.of("") : keys;
    boolean mappingSetter = !ks.get(0).isEmpty() && !values.isEmpty() && !values.get(0).isEmpty();
    List<KNode> newContent = new ArrayList<>();
    boolean matched = false;
    for (KNode elem : seq.content) {
      if (KNode.isMissingOrNull(elem) || KNode.isEmptyMap(elem)) {
        continue;
      }
      if (!elem.isMap() && mappingSetter) {
        newContent.add(elem);
        continue;
      }
      boolean found = true;
      KNode val = null;
      for (int j = 0; j < ks.size(); j++) {
        if (j < values.size()) {
          val = fieldMatch(elem, ks.get(j), values.get(j));
        }
        if (val == null) {
          found = false;
          break;
        }
      }
      if (!found) {
        if (!values.isEmpty()) {
          newContent.add(elem);
        }
        continue;
      }
      matched = true;
      if (element == null) {
        continue;
      }
      newContent.add(element);
    }
    seq.content = newContent;
    if (KNode.isMissingOrNull(element)) {
      return;
    }
    if (!matched) {
      seq.content.add(element);
    }
  }

  /** FieldMatcher{Name, StringValue} on an element ("" name: the scalar itself). */
  private static KNode fieldMatch(KNode elem, String name, String value) {
    if (KNode.isMissingOrNull(elem)) {
      return null;
    }
    if (name.isEmpty()) {
      if (!elem.isScalar()) {
        throw new MergeException(
            "wrong node kind: expected ScalarNode but got " + FieldSpecWalker.kindName(elem));
      }
      String want = value.isEmpty() ? "" : value;
      return elem.value.equals(want) ? elem : null;
    }
    if (!elem.isMap()) {
      throw new MergeException(
          "wrong node kind: expected MappingNode but got " + FieldSpecWalker.kindName(elem));
    }
    KNode f = elem.field(name);
    if (f == null) {
      return null;
    }
    if (!value.isEmpty() && !f.value.equals(value)) {
      return null;
    }
    return f;
  }

  /** appendListNode: the destination's elements merged into the patch items. */
  private static KNode appendList(KNode dst, KNode src, List<String> keys) {
    if (src.isScalar()) {
      return dst;
    }
    for (KNode elem : List.copyOf(src.content)) {
      if (keys.isEmpty() || keys.get(0).isEmpty()) {
        setElement(dst, elem, List.of(""), List.of(elem.value));
        continue;
      }
      List<String> v = new ArrayList<>();
      for (String key : keys) {
        KNode valueNode = elem.isMap() ? elem.field(key) : null;
        if (!elem.isMap() && !KNode.isMissingOrNull(elem)) {
          throw new MergeException(
              "wrong node kind: expected MappingNode but got " + FieldSpecWalker.kindName(elem));
        }
        if (valueNode == null) {
          dst.content.add(elem);
          continue;
        }
        v.add(valueNode.value);
      }
      if (keys.size() > 1) {
        setElement(dst, null, keys, v);
      }
      setElement(dst, elem, keys, v);
    }
    return dst;
  }
}
