package org.gvclab.core.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gvclab.core.io.HandTable;
import org.gvclab.core.io.ReleaseFiles;
import org.gvclab.core.io.ReleaseFiles.Icio;
import org.gvclab.core.io.ReleaseFiles.IcioOptions;
import org.gvclab.core.io.model.IoTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Release files as downloaded, packed in a zip: the one table inside is found, unpacked and read as if it had been
 * given unpacked; several tables need a choice; a zip without a table, a chosen name that is not there and an entry
 * beyond the size limit are refused with the zip and the entry named.
 */
class ZippedReleaseTest {

    private static final List<String> SECTORS = List.of("01T03", "10T12");

    @TempDir
    Path tmp;

    private static String icio2018() {
        return ReleaseFiles.icio(Icio.R2018, HandTable.table(SECTORS, "HFCE", "GFCF"), SECTORS, IcioOptions.plain());
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path p = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return p;
    }

    @Test
    void an_icio_csv_downloaded_in_a_zip_with_a_read_me_and_a_macos_folder_is_read_as_its_release() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("ICIO2018/ReadMe.txt", "OECD ICIO");
        entries.put("__MACOSX/ICIO2018/._ICIO2018_2015.CSV", "resource fork");
        entries.put("ICIO2018/ICIO2018_2015.CSV", icio2018());
        Path p = zip("ICIO2018_2015.zip", entries);

        assertThat(LayoutDetection.detect(p).release()).isEqualTo(TableRelease.ICIO_2018);
        IoTable t = IoTables.read(p, null, ReadOptions.defaults());

        assertThat(t.regions()).containsExactly("AUS", "CHN");
        assertThat(t.sectors()).containsExactlyElementsOf(SECTORS);
        assertThat(t.x()).containsExactly(HandTable.X);
        assertThat(t.notes().get(0)).startsWith("read as OECD ICIO, 2018 release");
    }

    @Test
    void a_zip_of_several_years_names_them_and_reads_the_one_chosen() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("2015.csv", icio2018());
        entries.put("2016.csv", icio2018());
        Path p = zip("2015-2016.zip", entries);

        assertThatThrownBy(() -> IoTables.read(p, null, ReadOptions.defaults()))
                .isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.file()).isEqualTo("2015-2016.zip");
                    assertThat(e.problemIn(Locale.ENGLISH)).contains("2 tables (2015.csv, 2016.csv)", "--entry");
                    assertThat(e.problemIn(Locale.CHINESE)).contains("2 张表");
                });
        assertThat(ZippedRelease.tableEntries(p)).containsExactly("2015.csv", "2016.csv");

        IoTable t = IoTables.read(p, null, ReadOptions.defaults(), "2016.csv");
        assertThat(t.name()).contains("2016");
        assertThatThrownBy(() -> IoTables.read(p, null, ReadOptions.defaults(), "2017.csv"))
                .isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.label()).isEqualTo("2017.csv");
                    assertThat(e.problemIn(Locale.ENGLISH)).contains("it holds 2015.csv, 2016.csv");
                });
    }

    @Test
    void a_zip_without_a_table_file_is_refused_as_holding_no_table() throws IOException {
        Path p = zip("docs.zip", Map.of("ReadMe.txt", "nothing here", "notes.pdf", "%PDF"));
        assertThatThrownBy(() -> IoTables.read(p, null, ReadOptions.defaults()))
                .isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TableValidationException.Reason.NOT_A_CONTAINER);
                    assertThat(e.problemIn(Locale.ENGLISH)).contains("nor a table file");
                });
    }

    @Test
    void a_table_larger_than_the_entry_limit_once_unpacked_is_refused_while_unpacking() throws IOException {
        Path p = zip("big.zip", Map.of("big.csv", "0,".repeat(100_000)));
        assertThatThrownBy(() -> ZippedRelease.unpack(p, "big.zip", null, new ZipLimits(1 << 16, 1 << 20, 8)))
                .isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TableValidationException.Reason.TOO_LARGE);
                    assertThat(e.label()).isEqualTo("big.csv");
                });
    }

    @Test
    void a_golden_layout_zip_and_a_file_that_is_not_a_zip_are_left_to_the_golden_reader() throws IOException {
        Path golden = zip("golden.zip", Map.of("Z.csv", "x", "Y.csv", "y"));
        assertThat(ZippedRelease.unpack(golden, "golden.zip", null, ZipLimits.defaults())).isEmpty();
        Path notZip = Files.writeString(tmp.resolve("fake.zip"), "not a zip at all");
        assertThat(ZippedRelease.unpack(notZip, "fake.zip", null, ZipLimits.defaults())).isEmpty();
    }

    @Test
    void the_unpacked_file_keeps_a_safe_version_of_its_name_and_is_deleted_on_close() throws IOException {
        Path p = zip("weird.zip", Map.of("../../evil name.csv", icio2018()));
        Path file;
        try (ZippedRelease r = ZippedRelease.unpack(p, "weird.zip", null, ZipLimits.defaults()).orElseThrow()) {
            file = r.file();
            assertThat(file.getFileName().toString()).isEqualTo("evil_name.csv");
            assertThat(file.getParent().getFileName().toString()).startsWith("gvclab-release");
            assertThat(Files.size(file)).isPositive();
        }
        assertThat(file).doesNotExist();
    }
}
