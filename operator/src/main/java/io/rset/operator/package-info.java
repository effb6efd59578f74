/** The ResourceSet operator (JOSDK on fabric8), reusing the core builder. */
package io.rset.operator;
