/** Go time formats shared by the CLI and the operator. */
package io.rset.core.time;
