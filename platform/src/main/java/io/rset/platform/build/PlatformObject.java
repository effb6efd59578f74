package io.rset.platform.build;

import java.util.Map;

/**
 * One object of a platform build and where it came from.
 *
 * @param object the object (LinkedHashMap of String, Long, Double, Boolean, null, List, Map)
 * @param origin its source
 */
public record PlatformObject(Map<String, Object> object, Origin origin) {}
