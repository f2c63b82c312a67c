package org.gvclab.core.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(7).nextBytes(b);
        return b;
    }

    @Test
    void the_bytes_come_through_unchanged_in_any_read_sizes() throws IOException {
        byte[] data = bytes(3_500_017);
        try (InputStream in = new ReadAhead(new ByteArrayInputStream(data), 65_536, 3, "test")) {
            byte[] first = new byte[10];
            assertThat(in.read(first)).isEqualTo(10);
            int single = in.read();
            byte[] rest = in.readAllBytes();
            assertThat(first).isEqualTo(java.util.Arrays.copyOfRange(data, 0, 10));
            assertThat((byte) single).isEqualTo(data[10]);
            assertThat(rest).isEqualTo(java.util.Arrays.copyOfRange(data, 11, data.length));
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void an_error_of_the_source_reaches_the_reader_after_the_bytes_before_it() throws IOException {
        byte[] data = bytes(200_000);
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(data)) {
            private int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read >= 150_000) {
                    throw new TableValidationException("Z.csv", 0, "Z.csv", "too large",
                            TableValidationException.Reason.TOO_LARGE);
                }
                int n = super.read(b, off, Math.min(len, 150_000 - read));
                read += n;
                return n;
            }
        };
        InputStream in = new ReadAhead(failing, 10_000, 2, "test");
        byte[] got = new byte[150_000];
        assertThatThrownBy(() -> {
            int off = 0;
            while (true) {
                int n = in.read(got, off, Math.min(4096, got.length - off));
                off += Math.max(n, 0);
                if (off == got.length) {
                    in.read();
                }
            }
        }).isInstanceOf(TableValidationException.class).hasMessageContaining("too large");
        assertThat(java.util.Arrays.mismatch(got, java.util.Arrays.copyOfRange(data, 0, 150_000))).isEqualTo(-1);
        in.close();
    }

    @Test
    void closing_early_stops_the_thread_and_closes_the_source() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 1);
                return len;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        ReadAhead in = new ReadAhead(endless, 1024, 2, "test");
        assertThat(in.read()).isEqualTo(1);
        in.close();
        assertThat(closed).isTrue();
        assertThatThrownBy(in::read).isInstanceOf(IOException.class);
    }
}
