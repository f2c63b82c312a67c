package org.gvclab.web.workshop;

import io.nayuki.qrcodegen.QrCode;

/**
 * Draws a QR code (Nayuki's qrcodegen, error correction level M) as an SVG document: one path of unit squares on a
 * white background with the standard quiet zone of four modules (ISO/IEC 18004).
 */
public final class QrSvg {

    /** The quiet zone around the symbol, in modules. */
    static final int BORDER = 4;

    private QrSvg() {
    }

    /** The SVG of a QR code encoding {@code text} (e.g. a join link). */
    public static String svg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int n = qr.size + 2 * BORDER;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + n + " " + n
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    /** The SVG as a {@code data:} URL, for an image element. */
    public static String dataUrl(String text) {
        return "data:image/svg+xml;base64," + java.util.Base64.getEncoder()
                .encodeToString(svg(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
