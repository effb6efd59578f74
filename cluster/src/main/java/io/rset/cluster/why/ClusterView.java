package io.rset.cluster.why;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link WhyAnalyser} reads from a cluster. Objects are plain trees ({@code Map<String,
 * Object>} with String, Number, Boolean, List and Map values). Implementations throw {@link
 * io.rset.cluster.ClusterException} when the cluster cannot be read at all.
 */
public interface ClusterView {

  /** The object, or empty when it does not exist. */
  Optional<Map<String, Object>> get(ObjectRef ref);

  /**
   * The objects of one kind in {@code namespace}, or in every namespace when it is empty; an empty
   * list when they cannot be listed (suggestions are a courtesy, never a failure).
   */
  List<ObjectRef> list(String apiVersion, String kind, String namespace);

  /**
   * core/v1 and events.k8s.io/v1 Events that may concern ref, e.g. all of its namespace (the caller
   * filters on the subject); an empty list when events cannot be read.
   */
  List<Map<String, Object>> events(ObjectRef ref);
}
