package org.gvclab.core.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.TsvResource;

/**
 * Demo clusters with SYNTHETIC data, for seeding a demonstration database (resource folder {@code sample/}): the
 * places are real industrial clusters, every number is invented and labelled so. Records are stored in the
 * {@link CsvRecords} format, so seeding exercises the same import path as users.
 */
public final class SampleClusters {

    /** The label every demo cluster carries. */
    public static final LocalizedText SYNTHETIC = Msg.of("cluster.sample.synthetic");

    /**
     * One demo cluster.
     *
     * @param id           a stable slug, e.g. {@code zhuji-socks}
     * @param cluster      the cluster (its names say "synthetic demo data")
     * @param governance   its governance questionnaire answers
     * @param architecture its architecture questionnaire answers
     * @param records      its yearly records, oldest first
     */
    public record SampleCluster(String id, ClusterProfile cluster, GovernanceQuestionnaire governance,
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
        for (TsvResource.Row row : TsvResource.rows(SampleClusters.class, "sample/clusters.tsv", 14)) {
            List<String> p = row.fields();
            IndustryCode code = IndustryCodes.byKey(p.get(4)).orElseThrow(() -> new IllegalStateException(
                    "sample cluster " + p.get(0) + ": unknown industry " + p.get(4)));
            CurrencyUnit cu = CurrencyUnit.of(p.get(5)).orElseThrow(() -> new IllegalStateException(
                    "sample cluster " + p.get(0) + ": unknown currency unit " + p.get(5)));
            ClusterProfile c = new ClusterProfile(p.get(1), new LocalizedText(p.get(2), p.get(3)), code, cu, null);
            GovernanceQuestionnaire g = GovernanceQuestionnaire.fromScale(Integer.parseInt(p.get(6)),
                    Integer.parseInt(p.get(7)), Integer.parseInt(p.get(8)));
            ArchitectureQuestionnaire a = new ArchitectureQuestionnaire(Integer.parseInt(p.get(9)),
                    Boolean.parseBoolean(p.get(10)), Integer.parseInt(p.get(11)), Boolean.parseBoolean(p.get(12)),
                    Boolean.parseBoolean(p.get(13)));
            ImportPreview preview;
            try (InputStream csv = open(p.get(0) + ".csv")) {
                preview = CsvRecords.read(csv, p.get(0) + ".csv");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sample cluster " + p.get(0), e);
            }
            if (!preview.canSave()) {
                throw new IllegalStateException("sample cluster " + p.get(0) + ": " + preview.errors().get(0).location()
                        + ": " + preview.errors().get(0).message().en());
            }
            out.add(new SampleCluster(p.get(0), c, g, a, preview.records()));
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
