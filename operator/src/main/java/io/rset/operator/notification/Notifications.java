package io.rset.operator.notification;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's event forwarding, configured from the environment as the Flux Operator's (spec
 * §4.12): {@code NOTIFICATIONS_DISABLED} (any non-empty value) turns it off; {@code
 * NOTIFICATION_CONTROLLER_ADDRESS} names notification-controller; otherwise it is discovered from
 * the cluster's FluxInstance ({@link NotificationAddress}).
 */
public final class Notifications {
  /** The address of notification-controller's event receiver. */
  public static final String ADDRESS_ENV = "NOTIFICATION_CONTROLLER_ADDRESS";

  /** Any non-empty value disables forwarding. */
  public static final String DISABLED_ENV = "NOTIFICATIONS_DISABLED";

  /** How long a FluxInstance discovery result is used before the instances are listed again. */
  static final Duration DISCOVERY_TTL = Duration.ofMinutes(1);

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  private Notifications() {}

  /**
   * The forwarder for this environment (read once, now) on this client: {@link EventForwarder#NONE}
   * when disabled or the address is invalid, else a {@link NotificationForwarder} with Flux's
   * retries.
   */
  public static EventForwarder fromEnvironment(Map<String, String> env, KubernetesClient client) {
    if (!env.getOrDefault(DISABLED_ENV, "").isEmpty()) {
      LOG.info("Event forwarding to notification-controller disabled by {}", DISABLED_ENV);
      return EventForwarder.NONE;
    }
    String address = env.getOrDefault(ADDRESS_ENV, "");
    if (address.isEmpty()) {
      return new NotificationForwarder(
          NotificationAddress.discovering(client, DISCOVERY_TTL, Clock.systemUTC()),
          RetryPolicy.FLUX);
    }
    URI uri = parse(address);
    if (uri == null) {
      return EventForwarder.NONE;
    }
    LOG.info("Forwarding events to notification-controller at {}", uri);
    return new NotificationForwarder(() -> uri, RetryPolicy.FLUX);
  }

  /** The address as a URL, or null (logged) when it is not an http or https URL with a host. */
  static URI parse(String address) {
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme();
      if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    LOG.error(
        "{} \"{}\" is not an http(s) URL with a host; events are not forwarded",
        ADDRESS_ENV,
        address);
    return null;
  }

  /** The controller instance reported with each event: the host (pod) name, as Go's. */
  public static String hostname() {
    return Host.NAME;
  }

  /** Looked up once, on first use (the lookup may be slow). */
  private static final class Host {
    static final String NAME = lookup();
  }

  private static String lookup() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isEmpty()) {
      return env;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "";
    }
  }
}
