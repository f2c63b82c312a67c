package org.gvclab.web.iotable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gvclab.core.io.read.TableFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout of an upload is told from its name and head, and left to the user when neither tells. */
class FormatDetectionTest {

    @TempDir
    Path tmp;

    private Optional<TableFormat> detect(String name, String head) throws IOException {
        Path f = tmp.resolve("f" + System.nanoTime());
        Files.writeString(f, head);
        return FormatDetection.detect(name, f);
    }

    @Test
    void zip_is_golden_and_xlsx_is_wiod() throws IOException {
        assertThat(detect("table.ZIP", "")).contains(TableFormat.GOLDEN);
        assertThat(detect("wiot2014.xlsx", "")).contains(TableFormat.WIOD);
    }

    @Test
    void a_csv_is_icio_or_wiod_by_its_header() throws IOException {
        assertThat(detect("ICIO2023_2019.csv", "V1,AUS_A01,AUS_A02,AUS_HFCE,AUS_NPISH,OUT\nAUS_A01,1,2,3,4,10\n"))
                .contains(TableFormat.ICIO);
        assertThat(detect("wiot.csv", "World Input-Output Table\n,,,,c1,c2,CONS_h\n")).contains(TableFormat.WIOD);
    }

    @Test
    void a_csv_or_file_that_tells_nothing_is_left_to_the_user() throws IOException {
        assertThat(detect("Z.csv", "id,AA_s1,AA_s2\nAA_s1,1,2\n")).isEmpty();
        assertThat(detect("table.dat", "whatever")).isEmpty();
    }
}
