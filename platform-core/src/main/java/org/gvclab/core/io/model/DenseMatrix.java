package org.gvclab.core.io.model;

import java.util.Arrays;

/**
 * A dense matrix of doubles stored row-major in one array ({@code a[i * cols + j]}), the storage every IO
 * computation here works on. Mutable on purpose (tables of 4,000 × 4,000 cannot afford defensive copies);
 * methods that return a new matrix say so.
 */
public final class DenseMatrix {

    private final int rows;
    private final int cols;
    private final double[] data;

    /** A matrix of zeros. */
    public DenseMatrix(int rows, int cols) {
        this(rows, cols, new double[checkedSize(rows, cols)]);
    }

    /** Wraps {@code data} (row-major, length {@code rows * cols}) without copying. */
    public DenseMatrix(int rows, int cols, double[] data) {
        if (data.length != checkedSize(rows, cols)) {
            throw new IllegalArgumentException("data has " + data.length + " values, not " + rows + " × " + cols);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    private static int checkedSize(int rows, int cols) {
        if (rows < 0 || cols < 0 || (long) rows * cols > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("matrix shape " + rows + " × " + cols + " is not supported");
        }
        return rows * cols;
    }

    /** The n × n identity. */
    public static DenseMatrix identity(int n) {
        DenseMatrix m = new DenseMatrix(n, n);
        for (int i = 0; i < n; i++) {
            m.data[i * n + i] = 1.0;
        }
        return m;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The backing row-major array (not a copy). */
    public double[] data() {
        return data;
    }

    public double get(int i, int j) {
        return data[i * cols + j];
    }

    public void set(int i, int j, double value) {
        data[i * cols + j] = value;
    }

    public void add(int i, int j, double value) {
        data[i * cols + j] += value;
    }

    /** A copy of row {@code i}. */
    public double[] row(int i) {
        return Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
    }

    /** A copy of column {@code j}. */
    public double[] col(int j) {
        double[] c = new double[rows];
        for (int i = 0; i < rows; i++) {
            c[i] = data[i * cols + j];
        }
        return c;
    }

    /** A new matrix with the same values. */
    public DenseMatrix copy() {
        return new DenseMatrix(rows, cols, data.clone());
    }

    /** A new matrix, the transpose. */
    public DenseMatrix transpose() {
        DenseMatrix t = new DenseMatrix(cols, rows);
        double[] td = t.data;
        int block = 64;
        for (int i0 = 0; i0 < rows; i0 += block) {
            int i1 = Math.min(rows, i0 + block);
            for (int j0 = 0; j0 < cols; j0 += block) {
                int j1 = Math.min(cols, j0 + block);
                for (int i = i0; i < i1; i++) {
                    for (int j = j0; j < j1; j++) {
                        td[j * rows + i] = data[i * cols + j];
                    }
                }
            }
        }
        return t;
    }

    /** Row sums {@code M·1}. */
    public double[] rowSums() {
        double[] s = new double[rows];
        for (int i = 0; i < rows; i++) {
            double acc = 0;
            int o = i * cols;
            for (int j = 0; j < cols; j++) {
                acc += data[o + j];
            }
            s[i] = acc;
        }
        return s;
    }

    /** Column sums {@code 1'·M}. */
    public double[] colSums() {
        double[] s = new double[cols];
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            for (int j = 0; j < cols; j++) {
                s[j] += data[o + j];
            }
        }
        return s;
    }

    /** {@code M·x} for a vector x of length cols. */
    public double[] times(double[] x) {
        if (x.length != cols) {
            throw new IllegalArgumentException("vector of length " + x.length + " for a matrix with " + cols + " columns");
        }
        double[] y = new double[rows];
        Parallel.forRange(rows, (from, to) -> {
            for (int i = from; i < to; i++) {
                double acc = 0;
                int o = i * cols;
                for (int j = 0; j < cols; j++) {
                    acc += data[o + j] * x[j];
                }
                y[i] = acc;
            }
        });
        return y;
    }

    /** {@code x'·M} for a vector x of length rows. */
    public double[] timesLeft(double[] x) {
        if (x.length != rows) {
            throw new IllegalArgumentException("vector of length " + x.length + " for a matrix with " + rows + " rows");
        }
        double[] y = new double[cols];
        for (int i = 0; i < rows; i++) {
            double xi = x[i];
            if (xi == 0) {
                continue;
            }
            int o = i * cols;
            for (int j = 0; j < cols; j++) {
                y[j] += xi * data[o + j];
            }
        }
        return y;
    }

    /** A new matrix {@code this · other} (plain parallel Java product; used for thin right-hand sides). */
    public DenseMatrix times(DenseMatrix other) {
        if (other.rows != cols) {
            throw new IllegalArgumentException("shapes " + rows + "×" + cols + " and " + other.rows + "×" + other.cols);
        }
        int k = other.cols;
        DenseMatrix r = new DenseMatrix(rows, k);
        double[] od = other.data;
        double[] rd = r.data;
        Parallel.forRange(rows, (from, to) -> {
            for (int i = from; i < to; i++) {
                int o = i * cols;
                int ro = i * k;
                for (int m = 0; m < cols; m++) {
                    double a = data[o + m];
                    if (a == 0) {
                        continue;
                    }
                    int bo = m * k;
                    for (int j = 0; j < k; j++) {
                        rd[ro + j] += a * od[bo + j];
                    }
                }
            }
        });
        return r;
    }

    @Override
    public String toString() {
        return "DenseMatrix[" + rows + " × " + cols + "]";
    }
}
