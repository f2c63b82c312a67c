package org.gvclab.core.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gvclab.core.io.TinyTables;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.model.SingularMatrixException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gets a message naming the file, line and label (issue 3 item 6). */
class BadInputTest {

    @TempDir
    Path tmp;

    private IoTable read(Path dir) {
        return IoTables.readGolden(dir, ReadOptions.defaults());
    }

    @Test
    void a_well_formed_table_reads_and_balances() {
        IoTable t = read(TinyTables.write(tmp.resolve("ok")));
        assertThat(t.regions()).containsExactly("AA", "BB");
        assertThat(t.sectors()).containsExactly("s1", "s2");
        assertThat(t.Z().get(2, 3)).isEqualTo(6.0);
        assertThat(t.x()[0]).isEqualTo(10 + 5 + 2 + 1 + 20 + 2);
        assertThat(t.balance().balancedWithin(1e-12)).isTrue();
        assertThat(t.checksum()).hasSize(64).isEqualTo(read(TinyTables.write(tmp.resolve("ok2"))).checksum());
    }

    @Test
    void a_non_numeric_cell_names_file_line_and_label() {
        Path d = TinyTables.write(tmp.resolve("nan"));
        TinyTables.edit(d, "Z.csv", "BB_s1,2.0,1.0,12.0", "BB_s1,2.0,abc,12.0");
        assertThatThrownBy(() -> read(d)).isInstanceOfSatisfying(TableValidationException.class, e -> {
            assertThat(e.file()).isEqualTo("Z.csv");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.label()).isEqualTo("BB_s1");
            assertThat(e.getMessage()).contains("AA_s2").contains("'abc'").contains("not a number");
        });
    }

    @Test
    void an_empty_cell_is_not_read_as_zero_or_nan() {
        Path d = TinyTables.write(tmp.resolve("empty"));
        TinyTables.edit(d, "Y.csv", "AA_s2,15.0,4.0", "AA_s2,,4.0");
        assertThatThrownBy(() -> read(d)).isInstanceOfSatisfying(TableValidationException.class, e -> {
            assertThat(e.file()).isEqualTo("Y.csv");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.label()).isEqualTo("AA_s2");
        });
    }

    @Test
    void a_ragged_row_is_rejected_with_its_field_count() {
        Path d = TinyTables.write(tmp.resolve("ragged"));
        TinyTables.edit(d, "Z.csv", "AA_s2,4.0,8.0,1.0,3.0", "AA_s2,4.0,8.0,1.0,3.0,7.0");
        assertThatThrownBy(() -> read(d)).isInstanceOfSatisfying(TableValidationException.class, e -> {
            assertThat(e.file()).isEqualTo("Z.csv");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("ragged row").contains("6 fields");
        });
        Path d2 = TinyTables.write(tmp.resolve("short"));
        TinyTables.edit(d2, "Z.csv", "AA_s2,4.0,8.0,1.0,3.0", "AA_s2,4.0,8.0,1.0");
        assertThatThrownBy(() -> read(d2)).isInstanceOfSatisfying(TableValidationException.class,
                e -> assertThat(e.getMessage()).contains("ragged row").contains("BB_s2"));
    }

    @Test
    void labels_that_differ_between_files_are_named() {
        Path d = TinyTables.write(tmp.resolve("labels"));
        TinyTables.edit(d, "Y.csv", "BB_s1,", "BB_s9,");
        assertThatThrownBy(() -> read(d)).isInstanceOfSatisfying(TableValidationException.class, e -> {
            assertThat(e.file()).isEqualTo("Y.csv");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.label()).isEqualTo("BB_s9");
            assertThat(e.getMessage()).contains("BB_s1");
        });
        Path d2 = TinyTables.write(tmp.resolve("header"));
        TinyTables.edit(d2, "VA.csv", "AA_s2", "AA_sX");
        assertThatThrownBy(() -> read(d2)).isInstanceOfSatisfying(TableValidationException.class, e -> {
            assertThat(e.file()).isEqualTo("VA.csv");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.label()).isEqualTo("AA_sX");
        });
    }

    @Test
    void negative_gross_output_is_rejected() {
        Path d = TinyTables.write(tmp.resolve("neg"));
        double x0 = TinyTables.x()[3];
        TinyTables.edit(d, "X.csv", "," + x0, ",-" + x0);
        assertThatThrownBy(() -> read(d)).isInstanceOfSatisfying(TableValidationException.class, e -> {
            assertThat(e.file()).isEqualTo("X.csv");
            assertThat(e.label()).isEqualTo("BB_s2");
            assertThat(e.getMessage()).contains("negative");
        });
    }

    @Test
    void an_imbalance_beyond_tolerance_is_reported_not_assumed_away() {
        Path d = TinyTables.write(tmp.resolve("imb"));
        TinyTables.edit(d, "VA.csv", "VA,", "VA,1000");
        assertThatThrownBy(() -> read(d)).isInstanceOfSatisfying(TableValidationException.class, e -> {
            assertThat(e.file()).isEqualTo("VA.csv");
            assertThat(e.label()).isEqualTo("AA_s1");
            assertThat(e.getMessage()).contains("beyond the tolerance");
        });
        IoTable lenient = IoTables.readGolden(d, new ReadOptions(1e-6, false));
        assertThat(lenient.balance().maxColumnRelativeGap()).isGreaterThan(0.9);
        assertThat(lenient.notes()).anyMatch(n -> n.contains("largest column gap"));
    }

    @Test
    void a_singular_leontief_system_is_reported_as_such() {
        // Sector AA_s1 uses exactly its whole output of itself and sells nothing else: I − A has a zero column.
        Path d = tmp.resolve("singular");
        TinyTables.write(d);
        try {
            Files.writeString(d.resolve("Z.csv"), "id,AA_s1,AA_s2,BB_s1,BB_s2\nAA_s1,5,0,0,0\nAA_s2,0,1,0,0\n"
                    + "BB_s1,0,0,1,0\nBB_s2,0,0,0,1\n");
            Files.writeString(d.resolve("Y.csv"), "id,AA,BB\nAA_s1,0,0\nAA_s2,1,0\nBB_s1,0,1\nBB_s2,0,1\n");
            Files.writeString(d.resolve("X.csv"), "id,AA_s1,AA_s2,BB_s1,BB_s2\nX,5,2,2,2\n");
            Files.writeString(d.resolve("VA.csv"), "id,AA_s1,AA_s2,BB_s1,BB_s2\nVA,0,1,1,1\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        IoModel m = IoModel.of(read(d));
        assertThatThrownBy(m::B).isInstanceOfSatisfying(SingularMatrixException.class, e -> {
            assertThat(e.matrix()).contains("I − A");
            assertThat(e.label()).isEqualTo("AA_s1");
        });
    }

    @Test
    void a_missing_file_is_named() {
        Path d = TinyTables.write(tmp.resolve("missing"));
        try {
            Files.delete(d.resolve("Z.csv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThatThrownBy(() -> read(d)).isInstanceOfSatisfying(TableValidationException.class,
                e -> assertThat(e.file()).isEqualTo("Z.csv"));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bos.toByteArray();
    }

    private Map<String, byte[]> tinyFiles(String prefix) throws IOException {
        Path d = TinyTables.write(tmp.resolve("zipsrc" + prefix.length()));
        java.util.Map<String, byte[]> m = new java.util.LinkedHashMap<>();
        for (String f : new String[] {"Z.csv", "Y.csv", "X.csv", "VA.csv", "countries.txt", "sectors.txt"}) {
            m.put(prefix + f, Files.readAllBytes(d.resolve(f)));
        }
        return m;
    }

    @Test
    void a_zip_in_the_golden_layout_reads_flat_or_in_one_folder() throws IOException {
        IoTable flat = IoTables.readGoldenZip(new ByteArrayInputStream(zip(tinyFiles(""))), ZipLimits.defaults(),
                ReadOptions.defaults(), "tiny.zip");
        IoTable folder = IoTables.readGoldenZip(new ByteArrayInputStream(zip(tinyFiles("tiny/"))),
                ZipLimits.defaults(), ReadOptions.defaults(), "upload.zip");
        assertThat(flat.name()).isEqualTo("tiny");
        assertThat(folder.name()).isEqualTo("tiny");
        assertThat(flat.checksum()).isEqualTo(folder.checksum());
    }

    @Test
    void a_zip_with_an_unexpected_entry_is_rejected() throws IOException {
        Map<String, byte[]> files = tinyFiles("");
        files.put("notes.exe", new byte[] {1, 2, 3});
        assertThatThrownBy(() -> IoTables.readGoldenZip(new ByteArrayInputStream(zip(files)), ZipLimits.defaults(),
                ReadOptions.defaults(), "bad.zip")).isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.file()).isEqualTo("bad.zip");
                    assertThat(e.label()).isEqualTo("notes.exe");
                    assertThat(e.getMessage()).contains("unexpected entry");
                });
    }

    @Test
    void a_zip_slip_path_or_nested_folder_is_rejected() throws IOException {
        Map<String, byte[]> slip = tinyFiles("");
        slip.put("../../etc/Z.csv", new byte[] {1});
        assertThatThrownBy(() -> IoTables.readGoldenZip(new ByteArrayInputStream(zip(slip)), ZipLimits.defaults(),
                ReadOptions.defaults(), "slip.zip")).isInstanceOfSatisfying(TableValidationException.class,
                        e -> assertThat(e.getMessage()).contains("unsafe entry path"));
        Map<String, byte[]> nested = tinyFiles("a/b/");
        assertThatThrownBy(() -> IoTables.readGoldenZip(new ByteArrayInputStream(zip(nested)), ZipLimits.defaults(),
                ReadOptions.defaults(), "nested.zip")).isInstanceOfSatisfying(TableValidationException.class,
                        e -> assertThat(e.getMessage()).contains("nested folders"));
    }

    @Test
    void a_zip_larger_than_the_limit_stops_while_inflating() throws IOException {
        Map<String, byte[]> files = tinyFiles("");
        files.put("Y_detail.csv", new byte[5_000_000]); // zeros compress to almost nothing: a small bomb
        byte[] z = zip(files);
        assertThat(z.length).isLessThan(100_000);
        assertThatThrownBy(() -> IoTables.readGoldenZip(new ByteArrayInputStream(z), new ZipLimits(1_000_000,
                10_000_000, 32), ReadOptions.defaults(), "bomb.zip"))
                .isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.label()).isEqualTo("Y_detail.csv");
                    assertThat(e.getMessage()).contains("larger than 1000000 bytes");
                });
    }

    @Test
    void a_file_that_is_not_a_zip_is_rejected() {
        assertThatThrownBy(() -> IoTables.readGoldenZip(new ByteArrayInputStream("hello".getBytes()),
                ZipLimits.defaults(), ReadOptions.defaults(), "x.zip"))
                .isInstanceOf(TableValidationException.class).hasMessageContaining("x.zip");
    }
}
