package org.gvclab.web.notebook.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.reports.pdf.CjkFontNotFoundException;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.notebook.NotebookRendering;
import org.gvclab.web.notebook.NotebookService;
import org.gvclab.web.notebook.StoredNotebook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notebooks/{id}/brief.pdf} and {@code /workbook.xlsx}: authorised exactly like the notebook view
 * (the browser session or a personal access token). A notebook the caller may not see is 404, never 403.
 */
@RestController
class NotebookDownloadController {

    private static final Logger log = LoggerFactory.getLogger(NotebookDownloadController.class);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final NotebookService notebooks;
    private final NotebookRendering rendering;

    NotebookDownloadController(NotebookService notebooks, NotebookRendering rendering) {
        this.notebooks = notebooks;
        this.rendering = rendering;
    }

    @GetMapping("/api/notebooks/{id}/brief.pdf")
    ResponseEntity<byte[]> brief(@PathVariable long id,
                                 @RequestParam(name = "appendix", defaultValue = "false") boolean appendix)
            throws IOException {
        StoredNotebook notebook = notebooks.get(id);
        EvaluatedNotebook evaluated = rendering.evaluate(notebook);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendering.pdf(notebook, evaluated, appendix, out);
        return file(out.toByteArray(), MediaType.APPLICATION_PDF, NotebookRendering.fileName(notebook, "pdf"));
    }

    @GetMapping("/api/notebooks/{id}/workbook.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) throws IOException {
        StoredNotebook notebook = notebooks.get(id);
        EvaluatedNotebook evaluated = rendering.evaluate(notebook);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendering.workbook(notebook, evaluated, out);
        return file(out.toByteArray(), XLSX, NotebookRendering.fileName(notebook, "xlsx"));
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }

    @ExceptionHandler(NotFoundInScopeException.class)
    ResponseEntity<String> notFound(NotFoundInScopeException e) {
        log.info("API refused: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("not found\n");
    }

    @ExceptionHandler(CjkFontNotFoundException.class)
    ResponseEntity<String> noFont(CjkFontNotFoundException e) {
        log.error("PDF brief cannot be rendered: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN)
                .body(e.getMessage() + "\n");
    }
}
