/**
 * {@code rset platform add}: adds a Helm release to a platform directory by splicing text into the
 * user's files, so that every byte outside the inserted lines stays as it was.
 *
 * <p>YAML is parsed only to find positions ({@link org.snakeyaml.engine.v2.exceptions.Mark}s); the
 * edit itself is a text splice ({@link io.rset.platform.edit.Splice}). New entries are written in
 * the style the file already uses ({@link io.rset.platform.edit.EntryStyle}), and every edited file
 * is re-read and compared with the original before anything is written ({@link
 * io.rset.platform.edit.EditCheck}).
 */
package io.rset.platform.edit;
