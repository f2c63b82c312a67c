package org.gvclab.core.io.model;

/**
 * A matrix that must be inverted (such as {@code I − A}) is singular or numerically so: the table has no
 * Leontief (or Ghosh) inverse. Names the matrix and the row label where elimination broke down.
 */
public final class SingularMatrixException extends IoException {

    private static final long serialVersionUID = 1L;

    private final String matrix;
    private final String label;

    public SingularMatrixException(String matrix, String label, String detail) {
        super(matrix + " is singular (" + detail + ") near row " + label
                + ": the table has no inverse; check for sectors whose inputs exceed their output or an isolated block");
        this.matrix = matrix;
        this.label = label;
    }

    public String matrix() {
        return matrix;
    }

    public String label() {
        return label;
    }
}
