package io.rset.operator.runtime;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.rset.kubetesting.SsaCrudDispatcher;
import java.nio.charset.StandardCharsets;

/**
 * The kube-testing dispatcher plus an answer to {@code SelfSubjectRulesReview}, which JOSDK's
 * leader election posts before it starts (to check it may get, create and update Leases): the
 * review grants every verb on {@code coordination.k8s.io} leases, as the operator's ClusterRole
 * does.
 */
final class LeaseAccessDispatcher extends SsaCrudDispatcher {
  private static final String REVIEWS = "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews";

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (request.getMethod().equals("POST") && request.getPath().startsWith(REVIEWS)) {
      String body = new String(request.getBody().getBytes(), StandardCharsets.UTF_8);
      return new MockResponse()
          .setResponseCode(201)
          .setHeader("Content-Type", "application/json")
          .setBody(
              """
              {"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectRulesReview",
               "spec":%s,
               "status":{"incomplete":false,"nonResourceRules":[],
                 "resourceRules":[{"apiGroups":["coordination.k8s.io"],"resources":["leases"],
                   "verbs":["get","list","watch","create","update","patch","delete"]}]}}
              """
                  .formatted(spec(body)));
    }
    return super.dispatch(request);
  }

  private static String spec(String body) {
    int i = body.indexOf("\"spec\"");
    if (i < 0) {
      return "{}";
    }
    int start = body.indexOf('{', i);
    int end = body.indexOf('}', start);
    return start < 0 || end < 0 ? "{}" : body.substring(start, end + 1);
  }
}
