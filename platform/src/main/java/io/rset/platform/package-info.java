/** The platform toolkit: build, validate, add and graph a platform directory offline. */
package io.rset.platform;
