package org.gvclab.web.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NotebookTemplates;
import org.gvclab.web.account.AccessTokenService;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The download API: a personal access token gets the brief and the workbook of a notebook it may see; a missing or
 * revoked token is 401; a notebook of another jurisdiction is 404, exactly like one that does not exist.
 */
@AppIT
class NotebookApiIT {

    @LocalServerPort
    int port;
    @Autowired
    NotebookService notebooks;
    @Autowired
    ClusterService clusters;
    @Autowired
    AccessTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private long zhujiNotebook;
    private long dongguanNotebook;

    @BeforeEach
    void notebooksInTwoJurisdictions() {
        SignedIn.as("demo-official", "OFFICIAL");
        Cluster socks = clusters.visible().get(0);
        zhujiNotebook = notebooks.create(socks.jurisdictionId(), NotebookTemplates.policyBrief("en",
                new NotebookParameters(String.valueOf(socks.id()), List.of(), null, null))).id();
        SignedIn.as("demo-admin", "ADMIN");
        Cluster phones = clusters.visible().stream().filter(c -> c.nameEn().startsWith("Dongguan")).findFirst()
                .orElseThrow();
        dongguanNotebook = notebooks.create(phones.jurisdictionId(), NotebookTemplates.policyBrief("zh-CN",
                new NotebookParameters(String.valueOf(phones.id()), List.of(), null, null))).id();
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private HttpResponse<byte[]> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_token_downloads_the_brief_and_the_workbook_with_the_computed_numbers() throws Exception {
        SignedIn.as("demo-official", "OFFICIAL");
        String token = tokens.create("brief script");

        HttpResponse<byte[]> pdf = get("/api/notebooks/" + zhujiNotebook + "/brief.pdf?appendix=true", token);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Diagnosis").contains("Lock-in index").contains("Appendix: data, parameters");
        }

        HttpResponse<byte[]> xlsx = get("/api/notebooks/" + zhujiNotebook + "/workbook.xlsx", token);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(2);
        }
    }

    @Test
    void a_missing_a_wrong_or_a_revoked_token_is_refused() throws Exception {
        SignedIn.as("demo-official", "OFFICIAL");
        String token = tokens.create("short-lived");
        long id = tokens.mine().get(0).id();

        assertThat(get("/api/notebooks/" + zhujiNotebook + "/brief.pdf", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/notebooks/" + zhujiNotebook + "/brief.pdf", "gvc_not-a-real-token").statusCode())
                .isEqualTo(401);
        assertThat(get("/api/notebooks/" + zhujiNotebook + "/workbook.xlsx", token).statusCode()).isEqualTo(200);
        tokens.revoke(id);
        assertThat(get("/api/notebooks/" + zhujiNotebook + "/workbook.xlsx", token).statusCode()).isEqualTo(401);
    }

    @Test
    void a_notebook_of_another_jurisdiction_is_not_found_like_a_missing_one() throws Exception {
        SignedIn.as("demo-official", "OFFICIAL");
        String token = tokens.create("zhuji only");

        HttpResponse<byte[]> foreign = get("/api/notebooks/" + dongguanNotebook + "/brief.pdf", token);
        HttpResponse<byte[]> missing = get("/api/notebooks/99999999/brief.pdf", token);

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(new String(foreign.body())).isEqualTo(new String(missing.body()));
    }

    @Test
    void a_private_notebook_is_not_found_for_a_colleague_until_it_is_shared() throws Exception {
        SignedIn.as("demo-consultant", "CONSULTANT");
        String token = tokens.create("colleague");
        assertThat(get("/api/notebooks/" + zhujiNotebook + "/workbook.xlsx", token).statusCode()).isEqualTo(404);

        SignedIn.as("demo-official", "OFFICIAL");
        notebooks.setShared(notebooks.get(zhujiNotebook), true);

        assertThat(get("/api/notebooks/" + zhujiNotebook + "/workbook.xlsx", token).statusCode()).isEqualTo(200);
    }
}
