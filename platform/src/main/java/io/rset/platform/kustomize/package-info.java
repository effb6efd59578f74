/**
 * A subset of kustomize whose output equals {@code kubectl kustomize} (v1.32) for the fields it
 * supports; every other kustomization field is an error naming the field.
 */
package io.rset.platform.kustomize;
