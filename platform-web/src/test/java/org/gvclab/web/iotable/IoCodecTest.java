package org.gvclab.web.iotable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoTable;
import org.junit.jupiter.api.Test;

/** The storage codec gives back every double bit for bit, refuses what it did not write, and compresses. */
class IoCodecTest {

    /** Values a reader can produce and a few it cannot, to prove the codec keeps raw bits. */
    private static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.5, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300,
        Double.longBitsToDouble(0x7ff8_0000_dead_beefL), Double.POSITIVE_INFINITY, 0.1 + 0.2, 123456789.123456789};

    private static IoTable table(int g, int nSec, int fd, long seed) {
        int n = g * nSec;
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] z = new double[n * n];
        for (int k = 0; k < z.length; k++) {
            z[k] = k < SPECIAL.length ? SPECIAL[k] : rnd.nextDouble() * 1000;
        }
        double[] y = rnd.doubles(n * g).toArray();
        double[] detail = fd == 0 ? null : rnd.doubles((long) n * g * fd).toArray();
        List<String> regions = java.util.stream.IntStream.range(0, g).mapToObj(r -> "区域_" + r).toList();
        List<String> sectors = java.util.stream.IntStream.range(0, nSec).mapToObj(s -> "Textile_and_Leather_" + s)
                .toList();
        List<String> cats = java.util.stream.IntStream.range(0, fd).mapToObj(c -> "F" + c).toList();
        return new IoTable("测试 table", regions, sectors, cats, new DenseMatrix(n, n, z), new DenseMatrix(n, g, y),
                detail == null ? null : new DenseMatrix(n, g * fd, detail), rnd.doubles(n).toArray(),
                rnd.doubles(n).toArray(), List.of("TLS treated as a primary input (assumption)", ""));
    }

    private static void assertBitExact(double[] expected, double[] actual) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i])).as("value %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }

    @Test
    void a_table_round_trips_bit_for_bit_with_labels_categories_and_notes() {
        // 5 × 7 = 35 rows: Z has 1,225 values, so blocks of 4,096 are exercised only partly; the larger case below
        IoTable t = table(5, 7, 3, 1);
        IoTable back = IoCodec.decodeTable(IoCodec.encodeTable(t));
        assertThat(back.name()).isEqualTo(t.name());
        assertThat(back.regions()).isEqualTo(t.regions());
        assertThat(back.sectors()).isEqualTo(t.sectors());
        assertThat(back.fdCategories()).isEqualTo(t.fdCategories());
        assertThat(back.notes()).isEqualTo(t.notes());
        assertBitExact(t.Z().data(), back.Z().data());
        assertBitExact(t.Y().data(), back.Y().data());
        assertBitExact(t.yDetail().data(), back.yDetail().data());
        assertBitExact(t.va(), back.va());
        assertBitExact(t.x(), back.x());
        assertThat(back.checksum()).isEqualTo(t.checksum());
    }

    @Test
    void a_table_larger_than_one_block_and_without_detail_round_trips() {
        IoTable t = table(4, 30, 0, 2); // n = 120, Z = 14,400 values = 3 full blocks and a part
        IoTable back = IoCodec.decodeTable(IoCodec.encodeTable(t));
        assertThat(back.yDetail()).isNull();
        assertBitExact(t.Z().data(), back.Z().data());
        assertThat(back.checksum()).isEqualTo(t.checksum());
    }

    @Test
    void a_result_round_trips_with_keys_columns_and_nan() {
        List<IndicatorTable.Row> rows = new java.util.ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 900; i++) {
            double[] v = rnd.doubles(5).toArray();
            v[i % 5] = i % 7 == 0 ? Double.NaN : -0.0;
            rows.add(new IndicatorTable.Row(List.of("R" + i % 3, "S, \"quoted\" " + i), v));
        }
        IndicatorTable r = new IndicatorTable(IndicatorId.I2E_E2R_VERTICAL_SPECIALISATION, List.of("country", "sector"),
                List.of("a", "b", "c", "d", "e"), rows);
        IndicatorTable back = IoCodec.decodeResult(IoCodec.encodeResult(r));
        assertThat(back.indicator()).isEqualTo(r.indicator());
        assertThat(back.keyColumns()).isEqualTo(r.keyColumns());
        assertThat(back.valueColumns()).isEqualTo(r.valueColumns());
        assertThat(back.rows()).hasSize(900);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(back.rows().get(i).keys()).isEqualTo(rows.get(i).keys());
            assertBitExact(rows.get(i).values(), back.rows().get(i).values());
        }
        assertThat(back.toCsv()).isEqualTo(r.toCsv());
    }

    @Test
    void an_empty_result_round_trips() {
        IndicatorTable r = new IndicatorTable(IndicatorId.EXPORTS_TOTAL, List.of("id"), List.of("E"), List.of());
        assertThat(IoCodec.decodeResult(IoCodec.encodeResult(r)).rows()).isEmpty();
    }

    @Test
    void data_of_another_version_kind_or_truncated_is_refused_not_misread() {
        byte[] data = IoCodec.encodeTable(table(2, 2, 0, 4));
        byte[] otherVersion = data.clone();
        otherVersion[7] = 9;
        assertThatThrownBy(() -> IoCodec.decodeTable(otherVersion)).hasMessageContaining("codec version 9");
        assertThatThrownBy(() -> IoCodec.decodeResult(data)).hasMessageContaining("kind 1, expected 2");
        byte[] truncated = Arrays.copyOf(data, data.length - 20);
        assertThatThrownBy(() -> IoCodec.decodeTable(truncated)).isInstanceOf(IllegalStateException.class);
        byte[] notOurs = "PK\u0003\u0004 something else".getBytes();
        assertThatThrownBy(() -> IoCodec.decodeTable(notOurs)).hasMessageContaining("GVIO header");
    }

    @Test
    void repetitive_table_data_is_stored_compressed() {
        // whole numbers below 100,000 and a quarter zeros, as published tables look: about 1.7 bytes of information
        // per 8-byte value (log2(100,000)·3/4 + H(1/4) = 13.3 bits); stored in under 40 % of the raw size
        int n = 60;
        double[] z = new double[n * n];
        SplittableRandom rnd = new SplittableRandom(5);
        for (int k = 0; k < z.length; k++) {
            z[k] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(100_000);
        }
        IoTable t = new IoTable("t", List.of("A", "B"), java.util.stream.IntStream.range(0, 30).mapToObj(i -> "s" + i)
                .toList(), List.of(), new DenseMatrix(n, n, z), new DenseMatrix(n, 2, new double[n * 2]), null,
                new double[n], new double[n], List.of());
        byte[] data = IoCodec.encodeTable(t);
        assertThat(data.length).isLessThan((int) (0.4 * 8 * n * n));
    }
}
