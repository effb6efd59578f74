/** Status conditions shared by the ResourceSet and ResourceSetInputProvider controllers. */
package io.rset.operator.status;
