package org.gvclab.core.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.base.LocalizedText;

/**
 * Demo clusters with SYNTHETIC data, for seeding a demonstration database (resource folder {@code sample/}): the
 * places are real industrial clusters, every number is invented and labelled so. Records are stored in the
 * {@link CsvRecords} format, so seeding exercises the same import path as users.
 */
public final class SampleClusters {

    /** The label every demo cluster carries. */
    public static final LocalizedText SYNTHETIC = new LocalizedText("合成数据，仅供演示", "synthetic, for demonstration");

    /**
     * One demo cluster.
     *
     * @param id           a stable slug, e.g. {@code zhuji-socks}
     * @param cluster      the cluster (its names say "synthetic demo data")
     * @param governance   its governance questionnaire answers
     * @param architecture its architecture questionnaire answers
     * @param records      its yearly records, oldest first
     */
    public record SampleCluster(String id, Cluster cluster, GovernanceQuestionnaire governance,
                                ArchitectureQuestionnaire architecture, List<YearlyRecord> records) {
        public SampleCluster {
            records = List.copyOf(records);
        }
    }

    private SampleClusters() {
    }

    /** All demo clusters. */
    public static List<SampleCluster> all() {
        List<SampleCluster> out = new ArrayList<>();
        try (InputStream in = open("clusters.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] p = line.split("\t", -1);
                IndustryCode code = IndustryCodes.byKey(p[4])
                        .orElseThrow(() -> new IllegalStateException("sample cluster " + p[0] + ": unknown industry " + p[4]));
                CurrencyUnit cu = p[5].equals(CurrencyUnit.CNY_100M.code()) ? CurrencyUnit.CNY_100M : CurrencyUnit.CNY_10K;
                Cluster c = new Cluster(p[1], new LocalizedText(p[2], p[3]), code, cu, null);
                GovernanceQuestionnaire g = GovernanceQuestionnaire.fromScale(Integer.parseInt(p[6]), Integer.parseInt(p[7]),
                        Integer.parseInt(p[8]));
                ArchitectureQuestionnaire a = new ArchitectureQuestionnaire(Integer.parseInt(p[9]), Boolean.parseBoolean(p[10]),
                        Integer.parseInt(p[11]), Boolean.parseBoolean(p[12]), Boolean.parseBoolean(p[13]));
                ImportPreview preview;
                try (InputStream csv = open(p[0] + ".csv")) {
                    preview = CsvRecords.read(csv, p[0] + ".csv");
                }
                if (!preview.canSave()) {
                    throw new IllegalStateException("sample cluster " + p[0] + ": " + preview.errors().get(0).location()
                            + ": " + preview.errors().get(0).message().en());
                }
                out.add(new SampleCluster(p[0], c, g, a, preview.records()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample clusters", e);
        }
        return List.copyOf(out);
    }

    private static InputStream open(String name) {
        InputStream in = SampleClusters.class.getResourceAsStream("sample/" + name);
        if (in == null) {
            throw new IllegalStateException("resource sample/" + name + " missing from the classpath");
        }
        return in;
    }
}
