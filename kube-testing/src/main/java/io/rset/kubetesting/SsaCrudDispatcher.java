package io.rset.kubetesting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * fabric8's CRUD mock dispatcher extended with what a controller needs from an API server:
 *
 * <ul>
 *   <li><b>Server-side apply</b>: {@code PATCH} with {@code application/apply-patch+yaml} creates a
 *       missing object (POST to its collection) or merges the applied object into the stored one,
 *       on the object and on its {@code /status} subresource. Per (object, field manager, main or
 *       status) the dispatcher remembers the last applied object; fields the manager applied before
 *       but no longer applies are removed. {@code dryRun=All} computes and returns the result
 *       without storing it, so drift detection (dry-run, compare) works. {@code force} is accepted.
 *       A {@code metadata.resourceVersion} in the applied object that differs from the stored one
 *       gives 409.
 *   <li><b>JSON merge patch</b> done right (RFC 7386: lists replace, {@code null} deletes; the
 *       plain mock concatenates lists and keeps nulls); strategic merge patch is treated the same.
 *   <li><b>Immutable fields</b>: a change to a field registered with {@link #immutable} (defaults:
 *       workload {@code spec.selector}, Job {@code spec.template}, Service {@code spec.clusterIP})
 *       is rejected with 422 {@code field is immutable}, also in dry-run.
 *   <li><b>dryRun=All</b> on POST, PUT, merge patch and DELETE: answered without storing.
 *   <li><b>Delete preconditions</b>: a {@code preconditions.uid} that differs gives 409.
 *   <li><b>Discovery</b> ({@code /version}, {@code /api}, {@code /apis}, {@code /api/v1}, {@code
 *       /apis/<g>/<v>}, {@code /openapi/v3}) for common built-in kinds and every stored CRD.
 *   <li><b>Recording</b> of every request ({@link #requests()}) and <b>fault injection</b> ({@link
 *       #faults()}).
 *   <li>Protobuf request bodies get 415 so clients fail fast instead of hanging.
 * </ul>
 *
 * <p><b>Not modelled</b> (write tests so that what they assert does not depend on these):
 * managedFields are never populated; there are no conflicts between field managers (every apply
 * behaves as if forced); lists are atomic (no {@code x-kubernetes-list-map-keys} merging, so two
 * managers owning different items of one list overwrite each other); an applied {@code status} on
 * the main resource is ignored for every kind; no defaulting, no schema or CEL validation, no
 * admission; namespaces need not exist; deletion is immediate unless finalizers are set (no garbage
 * collector, no cascading of owner references, no propagation policies); there is no RBAC
 * (impersonation headers are recorded, never enforced — use a fault rule matching {@link
 * RecordedCall#impersonatedUser()} to simulate a 403).
 */
public class SsaCrudDispatcher extends KubernetesCrudDispatcher {
  static final ObjectMapper JSON = new ObjectMapper();
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final String CRD_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

  private final RequestLog requests = new RequestLog();
  private final Faults faults = new Faults();
  private final AtomicLong seq = new AtomicLong();
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Map<String, Object>> lastApplied = new ConcurrentHashMap<>();
  private final Map<String, List<String>> immutableFields = new ConcurrentHashMap<>();
  private volatile boolean establishCrds = true;

  public SsaCrudDispatcher() {
    immutable("apps", "deployments", "spec.selector");
    immutable("apps", "statefulsets", "spec.selector");
    immutable("apps", "daemonsets", "spec.selector");
    immutable("apps", "replicasets", "spec.selector");
    immutable("batch", "jobs", "spec.selector");
    immutable("batch", "jobs", "spec.template");
    immutable("", "services", "spec.clusterIP");
  }

  /** Every request received so far. */
  public RequestLog requests() {
    return requests;
  }

  /** The fault rules. */
  public Faults faults() {
    return faults;
  }

  /**
   * Registers an immutable field.
   *
   * @param group API group, "" for the core group
   * @param plural resource name, e.g. {@code deployments}
   * @param dottedPath e.g. {@code spec.selector}
   */
  public final SsaCrudDispatcher immutable(String group, String plural, String dottedPath) {
    immutableFields
        .computeIfAbsent(
            group + "/" + plural, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
        .add(dottedPath);
    return this;
  }

  /**
   * Whether stored CustomResourceDefinitions get the {@code Established} and {@code NamesAccepted}
   * conditions right away, as an API server sets them (default true). Turn it off to test waiting
   * for CRDs.
   */
  public SsaCrudDispatcher establishCrds(boolean establish) {
    this.establishCrds = establish;
    return this;
  }

  /** Marks a stored CRD Established (what the API server does shortly after it is created). */
  public void establishCrd(String name) {
    lock.lock();
    try {
      Map<String, Object> crd = get(CRD_PATH + "/" + name);
      if (crd == null) {
        return;
      }
      Map<String, Object> status = ApplyMerge.child(crd, "status");
      List<Object> conditions = new ArrayList<>();
      for (String type : List.of("NamesAccepted", "Established")) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", type);
        c.put("status", "True");
        c.put("reason", type.equals("Established") ? "InitialNamesAccepted" : "NoConflicts");
        c.put("message", "");
        c.put(
            "lastTransitionTime",
            java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        conditions.add(c);
      }
      status.put("conditions", conditions);
      if (ApplyMerge.at(crd, "spec.names") != null) {
        status.put("acceptedNames", ApplyMerge.at(crd, "spec.names"));
      }
      put(CRD_PATH + "/" + name + "/status", crd);
    } finally {
      lock.unlock();
    }
  }

  private void afterWrite(RecordedCall call, ApiPath path, MockResponse response) {
    if (!establishCrds
        || response == null
        || response.code() / 100 != 2
        || call.isDryRun()
        || path == null
        || !path.collection().equals(CRD_PATH)
        || path.isStatus()
        || !(call.method().equals("POST")
            || call.method().equals("PUT")
            || call.method().equals("PATCH"))) {
      return;
    }
    String name = path.name();
    if (name == null) {
      Object n = ApplyMerge.at(parse(call.body(), JSON), "metadata.name");
      name = n == null ? null : n.toString();
    }
    if (name != null) {
      Map<String, Object> crd = get(CRD_PATH + "/" + name);
      if (crd != null && ApplyMerge.at(crd, "status.conditions") == null) {
        establishCrd(name);
      }
    }
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String uri = request.getPath();
    String body =
        request.getBody() == null
            ? ""
            : new String(request.getBody().getBytes(), StandardCharsets.UTF_8);
    RecordedCall call =
        RecordedCall.of(
            seq.getAndIncrement(),
            request.getMethod(),
            uri,
            request.getHeaders().toMultimap(),
            body);
    requests.add(call);
    if (call.contentType().contains("protobuf")) {
      return status(415, "UnsupportedMediaType", "protobuf is not supported by the mock server");
    }
    FaultRule.Action fault = faults.apply(call);
    if (fault instanceof FaultRule.Respond r) {
      return status(r.code(), r.reason(), r.message());
    }
    MockResponse response = handle(request, call, body);
    if (fault instanceof FaultRule.Delay d && response != null) {
      response.setBodyDelay(d.delay());
    }
    return response;
  }

  private MockResponse handle(RecordedRequest request, RecordedCall call, String body) {
    if (call.method().equals("GET")) {
      MockResponse discovery = discovery(call.path());
      if (discovery != null) {
        return discovery;
      }
      if (call.isWatch()) {
        return super.dispatch(request);
      }
    }
    lock.lock();
    try {
      ApiPath path = ApiPath.parse(call.path());
      MockResponse r = write(request, call, body, path);
      afterWrite(call, path, r);
      return r;
    } catch (BadRequest e) {
      return status(e.code, e.reason, e.getMessage());
    } finally {
      lock.unlock();
    }
  }

  private MockResponse write(
      RecordedRequest request, RecordedCall call, String body, ApiPath path) {
    {
      if (call.method().equals("PATCH") && path != null && path.name() != null) {
        String ct = call.contentType();
        if (ct.equals("application/apply-patch+yaml")) {
          return apply(call, path, body);
        }
        if (ct.equals("application/merge-patch+json")
            || ct.equals("application/strategic-merge-patch+json")) {
          return mergePatch(call, path, body);
        }
      }
      if (call.isDryRun() && path != null) {
        return dryRun(call, path, body);
      }
      if (call.method().equals("DELETE") && path != null && path.name() != null) {
        MockResponse precondition = checkDeletePreconditions(path, body);
        if (precondition != null) {
          return precondition;
        }
      }
      return super.dispatch(request);
    }
  }

  // ---- server-side apply ------------------------------------------------------------------------

  private MockResponse apply(RecordedCall call, ApiPath path, String body) {
    String manager = call.query().get("fieldManager");
    if (manager == null || manager.isEmpty()) {
      throw new BadRequest(
          422, "Invalid", "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value");
    }
    Map<String, Object> applied = parse(body, YAML);
    ApplyMerge.dropNulls(applied);
    Map<String, Object> current = get(path.object());
    String key = path.object() + "|" + manager + (path.isStatus() ? "|status" : "");
    Map<String, Object> previous = lastApplied.get(key);
    checkName(path, applied);
    Map<String, Object> result;
    if (path.isStatus()) {
      if (current == null) {
        throw notFound(path);
      }
      Map<String, Object> part = new LinkedHashMap<>();
      if (applied.containsKey("status")) {
        part.put("status", applied.get("status"));
      }
      result = ApplyMerge.apply(current, previous, part);
      if (call.isDryRun()) {
        return ok(200, result);
      }
      MockResponse r = put(path.object() + "/status", withVersionOf(result, current));
      remember(r, key, part);
      return r;
    }
    applied.remove("status");
    checkResourceVersion(applied, current);
    if (current == null) {
      result = ApplyMerge.deepCopyMap(applied);
      if (path.namespace() != null) {
        ApplyMerge.child(result, "metadata").putIfAbsent("namespace", path.namespace());
      }
      if (call.isDryRun()) {
        return ok(201, result);
      }
      MockResponse r = post(path.collection(), result);
      remember(r, key, applied);
      return r;
    }
    result = ApplyMerge.apply(current, previous, applied);
    checkImmutable(path, current, result);
    if (call.isDryRun()) {
      return ok(200, result);
    }
    MockResponse r = put(path.object(), withVersionOf(result, current));
    remember(r, key, applied);
    return r;
  }

  private void remember(MockResponse r, String key, Map<String, Object> applied) {
    if (r.code() / 100 == 2) {
      lastApplied.put(key, ApplyMerge.deepCopyMap(applied));
    }
  }

  private static void checkName(ApiPath path, Map<String, Object> applied) {
    Object name = ApplyMerge.at(applied, "metadata.name");
    if (name != null && !name.equals(path.name())) {
      throw new BadRequest(
          400,
          "BadRequest",
          "the name of the object ("
              + name
              + ") does not match the name on the URL ("
              + path.name()
              + ")");
    }
  }

  private static void checkResourceVersion(Map<String, Object> patch, Map<String, Object> current) {
    Object rv = ApplyMerge.at(patch, "metadata.resourceVersion");
    if (rv != null
        && current != null
        && !rv.toString()
            .equals(String.valueOf(ApplyMerge.at(current, "metadata.resourceVersion")))) {
      throw new BadRequest(
          409,
          "Conflict",
          "Operation cannot be fulfilled on "
              + ApplyMerge.at(current, "kind")
              + " \""
              + ApplyMerge.at(current, "metadata.name")
              + "\": the object has been modified; please apply your changes to the latest version"
              + " and try again");
    }
  }

  private void checkImmutable(
      ApiPath path, Map<String, Object> current, Map<String, Object> result) {
    String gv = path.groupVersion();
    String group = gv.contains("/") ? gv.substring(0, gv.indexOf('/')) : "";
    for (String field : immutableFields.getOrDefault(group + "/" + path.plural(), List.of())) {
      Object before = ApplyMerge.at(current, field);
      Object after = ApplyMerge.at(result, field);
      if (before != null && !Objects.equals(before, after)) {
        String kind = String.valueOf(current.get("kind"));
        throw new BadRequest(
            422,
            "Invalid",
            kind
                + (group.isEmpty() ? "" : "." + group)
                + " \""
                + path.name()
                + "\" is invalid: "
                + field
                + ": Invalid value: "
                + json(after)
                + ": field is immutable");
      }
    }
  }

  // ---- merge patch, dry-run, delete preconditions
  // ------------------------------------------------

  private MockResponse mergePatch(RecordedCall call, ApiPath path, String body) {
    Map<String, Object> current = get(path.object());
    if (current == null) {
      throw notFound(path);
    }
    Map<String, Object> patch = parse(body, JSON);
    checkResourceVersion(patch, current);
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) ApplyMerge.mergePatch(current, patch);
    if (!path.isStatus()) {
      checkImmutable(path, current, result);
    }
    if (call.isDryRun()) {
      return ok(200, result);
    }
    return put(path.object() + (path.isStatus() ? "/status" : ""), withVersionOf(result, current));
  }

  private MockResponse dryRun(RecordedCall call, ApiPath path, String body) {
    switch (call.method()) {
      case "POST" -> {
        Map<String, Object> o = parse(body, JSON);
        Object name = ApplyMerge.at(o, "metadata.name");
        if (name != null && get(path.collection() + "/" + name) != null) {
          throw new BadRequest(
              409, "AlreadyExists", path.plural() + " \"" + name + "\" already exists");
        }
        return ok(201, o);
      }
      case "PUT" -> {
        if (get(path.object()) == null) {
          throw notFound(path);
        }
        return ok(200, parse(body, JSON));
      }
      case "DELETE", "PATCH" -> {
        Map<String, Object> current = get(path.object());
        if (current == null) {
          throw notFound(path);
        }
        return ok(200, current);
      }
      default -> {
        return null;
      }
    }
  }

  private MockResponse checkDeletePreconditions(ApiPath path, String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    Map<String, Object> options;
    try {
      options = parse(body, JSON);
    } catch (BadRequest e) {
      return null;
    }
    Object uid = ApplyMerge.at(options, "preconditions.uid");
    if (uid == null) {
      return null;
    }
    Map<String, Object> current = get(path.object());
    if (current != null && !uid.equals(ApplyMerge.at(current, "metadata.uid"))) {
      return status(
          409,
          "Conflict",
          "Precondition failed: UID in precondition: "
              + uid
              + ", UID in object meta: "
              + ApplyMerge.at(current, "metadata.uid"));
    }
    return null;
  }

  // ---- discovery --------------------------------------------------------------------------------

  private MockResponse discovery(String path) {
    if (path.equals("/version")) {
      return ok(200, Discovery.version());
    }
    if (path.equals("/api")) {
      return ok(200, Discovery.coreVersions());
    }
    if (path.equals("/openapi/v2")) {
      return status(404, "NotFound", "the server could not find the requested resource");
    }
    boolean apis = path.equals("/apis");
    boolean coreList = path.equals("/api/v1");
    boolean groupList = path.matches("/apis/[^/]+/[^/]+");
    boolean openApi = path.equals("/openapi/v3");
    if (!apis && !coreList && !groupList && !openApi) {
      return null;
    }
    List<Discovery.Resource> all = allResources();
    if (apis) {
      return ok(200, Discovery.groups(all));
    }
    if (openApi) {
      return ok(200, Discovery.openApiIndex(all));
    }
    Map<String, Object> list = Discovery.resources(coreList ? "v1" : path.substring(6), all);
    return list == null
        ? status(404, "NotFound", "the server could not find the requested resource")
        : ok(200, list);
  }

  private List<Discovery.Resource> allResources() {
    List<Discovery.Resource> all = new ArrayList<>(Discovery.BUILT_IN);
    MockResponse crds = super.handleGet(CRD_PATH);
    if (crds.code() == 200) {
      Object items = parse(bodyOf(crds), JSON).get("items");
      if (items instanceof List<?> l) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) l;
        all.addAll(Discovery.fromCrds(list));
      }
    }
    return all;
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** The stored object at an object path, or null. */
  private Map<String, Object> get(String objectPath) {
    MockResponse r = super.handleGet(objectPath);
    return r.code() == 200 ? parse(bodyOf(r), JSON) : null;
  }

  private MockResponse post(String collection, Map<String, Object> object) {
    return super.handleCreate(synthetic(HttpMethod.POST, collection, object));
  }

  private MockResponse put(String path, Map<String, Object> object) {
    return super.handleUpdate(synthetic(HttpMethod.PUT, path, object));
  }

  private static Map<String, Object> withVersionOf(
      Map<String, Object> result, Map<String, Object> current) {
    Object rv = ApplyMerge.at(current, "metadata.resourceVersion");
    if (rv != null) {
      ApplyMerge.child(result, "metadata").put("resourceVersion", rv);
    }
    return result;
  }

  private static RecordedRequest synthetic(HttpMethod method, String path, Object body) {
    Headers headers = Headers.builder().add("Content-Type", "application/json").build();
    return new RecordedRequest(
        "HTTP/1.1", method, path, headers, new Buffer(json(body).getBytes(StandardCharsets.UTF_8)));
  }

  private static String bodyOf(MockResponse r) {
    return r.getBody() == null ? "" : new String(r.getBody().getBytes(), StandardCharsets.UTF_8);
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> parse(String text, ObjectMapper mapper) {
    try {
      Map<String, Object> m = mapper.readValue(text, MAP);
      if (m == null) {
        throw new BadRequest(400, "BadRequest", "empty request body");
      }
      return m;
    } catch (JsonProcessingException e) {
      throw new BadRequest(
          400, "BadRequest", "cannot decode request body: " + e.getOriginalMessage());
    }
  }

  private static MockResponse ok(int code, Map<String, Object> body) {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(json(body));
  }

  private static BadRequest notFound(ApiPath path) {
    return new BadRequest(
        404,
        "NotFound",
        path.plural().toLowerCase(Locale.ROOT) + " \"" + path.name() + "\" not found");
  }

  /** A Kubernetes {@code Status} failure response. */
  static MockResponse status(int code, String reason, String message) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", "Status");
    s.put("apiVersion", "v1");
    s.put("metadata", Map.of());
    s.put("status", "Failure");
    s.put("message", message);
    s.put("reason", reason);
    s.put("code", code);
    return ok(code, s);
  }

  /** A request the dispatcher answers with an error status. */
  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;
    final String reason;

    BadRequest(int code, String reason, String message) {
      super(message);
      this.code = code;
      this.reason = reason;
    }
  }
}
