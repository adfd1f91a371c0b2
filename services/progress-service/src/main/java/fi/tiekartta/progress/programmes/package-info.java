/** The programmes in the shared picture, projected from {@code tiekartta.programmes.v1}. */
package fi.tiekartta.progress.programmes;
