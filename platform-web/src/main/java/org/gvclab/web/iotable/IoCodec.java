package org.gvclab.web.iotable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoTable;

/**
 * The binary form in which IO tables and computed results are stored (version {@value #VERSION}). A 9-byte plain
 * header — magic {@code GVIO}, the codec version (int), the kind (1 table, 2 result) — then a deflated body:
 * texts as length-prefixed UTF-8, counts as ints, and every double as its raw IEEE 754 bits, so a round trip is
 * bit-exact (NaN payloads and −0 included). Doubles are written in blocks of {@value #BLOCK} with their bytes
 * "shuffled" (all most-significant bytes of the block first, then the next byte, …), the transform of HDF5's
 * shuffle filter and Blosc: signs and exponents of neighbouring values repeat, so deflate compresses them far
 * better than interleaved doubles. Deflate level 1 (*assumption*, chosen by measurement on the WIOD 2011 golden
 * table, 245 rows: 23 % of the raw size in 5 ms; level 6 is 8 % smaller but 4–6 times slower).
 */
final class IoCodec {

    /** The codec version written now; decoders refuse other versions rather than misread them. */
    static final int VERSION = 1;
    static final int KIND_TABLE = 1;
    static final int KIND_RESULT = 2;
    static final int BLOCK = 4096;
    private static final int MAGIC = ('G' << 24) | ('V' << 16) | ('I' << 8) | 'O';
    private static final int LEVEL = 1;

    private IoCodec() {
    }

    /** Encodes a whole table: name, labels, notes, Z, Y, the optional Y detail, va and x. */
    static byte[] encodeTable(IoTable t) {
        return encode(KIND_TABLE, out -> {
            writeString(out, t.name());
            writeStrings(out, t.regions());
            writeStrings(out, t.sectors());
            writeStrings(out, t.fdCategories());
            writeStrings(out, t.notes());
            DenseMatrix detail = t.yDetail();
            out.writeBoolean(detail != null);
            writeDoubles(out, t.Z().data());
            writeDoubles(out, t.Y().data());
            if (detail != null) {
                writeDoubles(out, detail.data());
            }
            writeDoubles(out, t.va());
            writeDoubles(out, t.x());
        });
    }

    /** Decodes what {@link #encodeTable} wrote. */
    static IoTable decodeTable(byte[] data) {
        return decode(data, KIND_TABLE, in -> {
            String name = readString(in);
            List<String> regions = readStrings(in);
            List<String> sectors = readStrings(in);
            List<String> fd = readStrings(in);
            List<String> notes = readStrings(in);
            boolean hasDetail = in.readBoolean();
            int n = regions.size() * sectors.size();
            int g = regions.size();
            DenseMatrix z = new DenseMatrix(n, n, readDoubles(in, (long) n * n));
            DenseMatrix y = new DenseMatrix(n, g, readDoubles(in, (long) n * g));
            DenseMatrix detail = hasDetail
                    ? new DenseMatrix(n, g * fd.size(), readDoubles(in, (long) n * g * fd.size())) : null;
            double[] va = readDoubles(in, n);
            double[] x = readDoubles(in, n);
            return new IoTable(name, regions, sectors, fd, z, y, detail, va, x, notes);
        });
    }

    /** Encodes a result table: indicator, key and value column names, each row's keys, then all values. */
    static byte[] encodeResult(IndicatorTable r) {
        return encode(KIND_RESULT, out -> {
            writeString(out, r.indicator().fileName());
            writeStrings(out, r.keyColumns());
            writeStrings(out, r.valueColumns());
            out.writeInt(r.rows().size());
            for (IndicatorTable.Row row : r.rows()) {
                for (String k : row.keys()) {
                    writeString(out, k);
                }
            }
            int width = r.valueColumns().size();
            long total = (long) width * r.rows().size();
            double[] block = new double[(int) Math.max(1, Math.min(BLOCK, total))];
            int filled = 0;
            byte[] buf = new byte[block.length * 8];
            for (IndicatorTable.Row row : r.rows()) {
                for (double v : row.values()) {
                    block[filled++] = v;
                    if (filled == block.length) {
                        writeBlock(out, block, filled, buf);
                        filled = 0;
                    }
                }
            }
            if (filled > 0) {
                writeBlock(out, block, filled, buf);
            }
        });
    }

    /** Decodes what {@link #encodeResult} wrote. */
    static IndicatorTable decodeResult(byte[] data) {
        return decode(data, KIND_RESULT, in -> {
            String file = readString(in);
            IndicatorId id = IndicatorId.byFileName(file)
                    .orElseThrow(() -> new IllegalStateException("stored result of an unknown indicator: " + file));
            List<String> keys = readStrings(in);
            List<String> columns = readStrings(in);
            int rows = in.readInt();
            checkCount(rows);
            List<List<String>> rowKeys = new ArrayList<>(rows);
            for (int i = 0; i < rows; i++) {
                List<String> k = new ArrayList<>(keys.size());
                for (int c = 0; c < keys.size(); c++) {
                    k.add(readString(in));
                }
                rowKeys.add(k);
            }
            double[] all = readDoubles(in, (long) rows * columns.size());
            List<IndicatorTable.Row> list = new ArrayList<>(rows);
            int w = columns.size();
            for (int i = 0; i < rows; i++) {
                double[] v = new double[w];
                System.arraycopy(all, i * w, v, 0, w);
                list.add(new IndicatorTable.Row(rowKeys.get(i), v));
            }
            return new IndicatorTable(id, keys, columns, list);
        });
    }

    /** The kind byte of an encoded value, after checking magic and version. */
    static int kindOf(byte[] data) {
        if (data.length < 9) {
            throw new IllegalStateException("stored IO data is too short to be valid (" + data.length + " bytes)");
        }
        int magic = ((data[0] & 0xff) << 24) | ((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8) | (data[3] & 0xff);
        int version = ((data[4] & 0xff) << 24) | ((data[5] & 0xff) << 16) | ((data[6] & 0xff) << 8) | (data[7] & 0xff);
        if (magic != MAGIC) {
            throw new IllegalStateException("stored IO data does not start with the GVIO header");
        }
        if (version != VERSION) {
            throw new IllegalStateException("stored IO data has codec version " + version + "; this build reads "
                    + VERSION);
        }
        return data[8];
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] encode(int kind, Writer body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            DataOutputStream head = new DataOutputStream(bytes);
            head.writeInt(MAGIC);
            head.writeInt(VERSION);
            head.writeByte(kind);
            head.flush();
            Deflater deflater = new Deflater(LEVEL);
            try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(nonClosing(bytes), deflater,
                    1 << 16))) {
                body.write(out);
            } finally {
                deflater.end();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding IO data in memory", e);
        }
        return bytes.toByteArray();
    }

    private static <T> T decode(byte[] data, int kind, Reader<T> body) {
        int actual = kindOf(data);
        if (actual != kind) {
            throw new IllegalStateException("stored IO data is of kind " + actual + ", expected " + kind);
        }
        Inflater inflater = new Inflater();
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data, 9,
                data.length - 9), inflater, 1 << 16))) {
            return body.read(in);
        } catch (EOFException e) {
            throw new IllegalStateException("stored IO data is truncated", e);
        } catch (IOException e) {
            throw new IllegalStateException("stored IO data is corrupt: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int len = in.readInt();
        checkCount(len);
        byte[] b = new byte[len];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            writeString(out, s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        checkCount(size);
        List<String> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(readString(in));
        }
        return list;
    }

    private static void checkCount(int count) {
        if (count < 0) {
            throw new IllegalStateException("stored IO data is corrupt: negative count " + count);
        }
    }

    /** Writes {@code a} in shuffled blocks. */
    static void writeDoubles(DataOutputStream out, double[] a) throws IOException {
        byte[] buf = new byte[BLOCK * 8];
        double[] block = new double[BLOCK];
        for (int from = 0; from < a.length; from += BLOCK) {
            int len = Math.min(BLOCK, a.length - from);
            System.arraycopy(a, from, block, 0, len);
            writeBlock(out, block, len, buf);
        }
    }

    /** Byte plane p (0 = most significant) of value i goes to {@code buf[p·len + i]}. */
    private static void writeBlock(OutputStream out, double[] block, int len, byte[] buf) throws IOException {
        for (int i = 0; i < len; i++) {
            long bits = Double.doubleToRawLongBits(block[i]);
            for (int p = 0; p < 8; p++) {
                buf[p * len + i] = (byte) (bits >>> (56 - 8 * p));
            }
        }
        out.write(buf, 0, len * 8);
    }

    /** Reads {@code count} doubles written by {@link #writeDoubles} (or by consecutive result blocks). */
    static double[] readDoubles(InputStream in, long count) throws IOException {
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("stored IO data holds " + count + " values, more than an array can");
        }
        double[] a = new double[(int) count];
        byte[] buf = new byte[BLOCK * 8];
        DataInputStream din = in instanceof DataInputStream d ? d : new DataInputStream(in);
        for (int from = 0; from < a.length; from += BLOCK) {
            int len = Math.min(BLOCK, a.length - from);
            din.readFully(buf, 0, len * 8);
            for (int i = 0; i < len; i++) {
                long bits = 0;
                for (int p = 0; p < 8; p++) {
                    bits = (bits << 8) | (buf[p * len + i] & 0xffL);
                }
                a[from + i] = Double.longBitsToDouble(bits);
            }
        }
        return a;
    }
}
