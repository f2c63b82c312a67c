package org.gvclab.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrSvgTest {

    @Test
    void the_svg_draws_every_dark_module_inside_a_four_module_quiet_zone() {
        String link = "https://gvclab.example.org/join/K7MQ2X9RD";
        QrCode qr = QrCode.encodeText(link, QrCode.Ecc.MEDIUM);
        int dark = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                dark += qr.getModule(x, y) ? 1 : 0;
            }
        }
        String svg = QrSvg.svg(link);
        int n = qr.size + 8;
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("viewBox=\"0 0 " + n + " " + n + "\"");
        Matcher squares = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        int count = 0;
        while (squares.find()) {
            count++;
            int x = Integer.parseInt(squares.group(1));
            int y = Integer.parseInt(squares.group(2));
            assertThat(x).isBetween(4, 4 + qr.size - 1);
            assertThat(y).isBetween(4, 4 + qr.size - 1);
            assertThat(qr.getModule(x - 4, y - 4)).isTrue();
        }
        assertThat(count).isEqualTo(dark);
        // the top-left finder pattern: its corner module is dark
        assertThat(svg).contains("M4,4h1v1h-1z");
        assertThat(QrSvg.dataUrl(link)).startsWith("data:image/svg+xml;base64,");
    }
}
