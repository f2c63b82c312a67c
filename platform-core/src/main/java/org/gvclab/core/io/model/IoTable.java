package org.gvclab.core.io.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A multi-regional input-output table (docs/methods.md#io-core): G regions × N sectors, rows and columns ordered
 * region-major ({@code REGION_SECTOR}), intermediate flows Z (n × n, row = selling, column = buying),
 * final demand Y by region of use (n × G), optionally by region and category ({@code yDetail}, n × G·F,
 * region-major), value added {@code va} and gross output {@code x} (length n). The arrays are shared, not
 * copied: treat a table as read-only once built.
 *
 * @param name         a short name (directory or file name)
 * @param layout       regions, sectors and final-demand categories
 * @param Z            intermediate flows, n × n
 * @param Y            final demand by region of use, n × G
 * @param yDetail      final demand by region and category, n × G·F, or null
 * @param va           value added, length n
 * @param x            gross output, length n
 * @param notes        what the reader did and assumed (for example how taxes were treated)
 */
public record IoTable(String name, TableLayout layout, DenseMatrix Z, DenseMatrix Y, @Nullable DenseMatrix yDetail,
        double[] va, double[] x, List<String> notes) {

    public IoTable {
        notes = List.copyOf(notes);
        int n = layout.n();
        List<String> regions = layout.regions();
        List<String> fdCategories = layout.fdCategories();
        if (Z.rows() != n || Z.cols() != n) {
            throw new IllegalArgumentException("Z is " + Z + ", expected " + n + " × " + n);
        }
        if (Y.rows() != n || Y.cols() != regions.size()) {
            throw new IllegalArgumentException("Y is " + Y + ", expected " + n + " × " + regions.size());
        }
        if (yDetail != null && (yDetail.rows() != n || yDetail.cols() != regions.size() * fdCategories.size())) {
            throw new IllegalArgumentException("Y detail is " + yDetail + ", expected " + n + " × "
                    + regions.size() * fdCategories.size());
        }
        if (va.length != n || x.length != n) {
            throw new IllegalArgumentException("va and x must have length " + n);
        }
    }

    /** A table from its regions, sectors and final-demand categories (see {@link TableLayout}). */
    public IoTable(String name, List<String> regions, List<String> sectors, List<String> fdCategories, DenseMatrix Z,
                   DenseMatrix Y, @Nullable DenseMatrix yDetail, double[] va, double[] x, List<String> notes) {
        this(name, new TableLayout(regions, sectors, fdCategories), Z, Y, yDetail, va, x, notes);
    }

    /** Region codes in table order. */
    public List<String> regions() {
        return layout.regions();
    }

    /** Sector codes in table order. */
    public List<String> sectors() {
        return layout.sectors();
    }

    /** Final-demand category codes (empty when only Y by region is known). */
    public List<String> fdCategories() {
        return layout.fdCategories();
    }

    /** Number of regions G. */
    public int G() {
        return layout.G();
    }

    /** Number of sectors per region N. */
    public int N() {
        return layout.N();
    }

    /** Number of region-sectors n = G·N. */
    public int n() {
        return layout.n();
    }

    /** Row and column labels {@code REGION_SECTOR}, region-major. */
    public List<String> labels() {
        return layout.labels();
    }

    /** The same table with one more note. */
    public IoTable withNote(String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(note);
        return new IoTable(name, layout, Z, Y, yDetail, va, x, n);
    }

    /** The balance of this table: how far {@code x} is from {@code Z·1 + Y·1} and from {@code 1'·Z + va}. */
    public BalanceReport balance() {
        return BalanceReport.of(this);
    }

    /**
     * SHA-256 over labels and values (hex), to cache results by table content (heavy IO results are cached by table
     * checksum). Computed on each call.
     */
    public String checksum() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : labels()) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            for (String c : fdCategories()) {
                md.update(c.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            ByteBuffer bb = ByteBuffer.allocate(8 * 8192);
            for (double[] a : List.of(Z.data(), Y.data(), va, x)) {
                for (int i = 0; i < a.length; i++) {
                    if (!bb.hasRemaining()) {
                        md.update(bb.array(), 0, bb.position());
                        bb.clear();
                    }
                    bb.putDouble(a[i]);
                }
            }
            md.update(bb.array(), 0, bb.position());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "IoTable[" + name + ", " + G() + " regions × " + N() + " sectors]";
    }
}
