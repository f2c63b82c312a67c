package org.gvclab.reports.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered PDF the way a checker would: text per page, fonts, images, rendering. */
final class PdfInspection {

    final List<String> pages = new ArrayList<>();
    final List<PDFont> fonts = new ArrayList<>();
    final List<String> fontProblems = new ArrayList<>();
    int rasterImages;
    final String title;

    PdfInspection(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            title = doc.getDocumentInformation().getTitle();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), 0);
            }
        }
    }

    String text() {
        return String.join("\n", pages);
    }

    private void collect(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 10) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font);
            if (!font.isEmbedded()) {
                fontProblems.add(font.getName() + " is not embedded");
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                rasterImages++;
            } else if (x instanceof PDFormXObject form) {
                collect(form.getResources(), depth + 1);
            }
        }
    }

    static List<BufferedImage> render(byte[] pdf, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> images = new ArrayList<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                images.add(renderer.renderImageWithDPI(p, dpi));
            }
            return images;
        }
    }
}
