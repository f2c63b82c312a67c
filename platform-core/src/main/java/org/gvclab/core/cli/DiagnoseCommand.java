package org.gvclab.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.read.IoTables;
import org.gvclab.core.paradox.Diagnosis;
import org.gvclab.core.paradox.DiagnosisJson;
import org.gvclab.core.paradox.IoEvidence;
import org.gvclab.core.paradox.IoEvidenceReader;

/**
 * {@code diagnose}: the diagnosis of a cluster's records as JSON on standard output (the document of
 * {@link DiagnosisJson}), with the IO evidence of a linked region-sector when {@code --io-table} and {@code --link}
 * are given (computed exactly as the {@code io} command computes its tables).
 */
final class DiagnoseCommand {

    private DiagnoseCommand() {
    }

    static int run(Options o, PrintStream out, PrintStream err) {
        Path recordsFile = Path.of(o.require("records"));
        List<YearlyRecord> records = ModelInputs.records(recordsFile);
        if (o.get("year").isPresent()) {
            int year = Integer.parseInt(o.require("year"));
            if (records.stream().noneMatch(r -> r.year() == year)) {
                throw new InputException(recordsFile + ": no record for year " + year + " (--year)");
            }
            records = records.stream().filter(r -> r.year() <= year).toList();
        }
        ModelInputs.Answers answers = ModelInputs.answers(o.get("answers").map(Path::of).orElse(null));
        IoEvidence io = null;
        if (o.get("io-table").isPresent() || o.get("link").isPresent()) {
            String link = o.require("link");
            Path table = Path.of(o.require("io-table"));
            IoModel m = new IoModel(IoTables.read(table, null, IoCommand.readOptions(o)), IoCommand.solver(o));
            String[] rs = IoEvidenceReader.split(m, link).orElseThrow(() -> new InputException(table + ", --link " + link
                    + ": the table has no region-sector " + link + " (labels are REGION_SECTOR, e.g. "
                    + m.labels().get(0) + ")"));
            io = IoEvidenceReader.compute(m, rs[0], rs[1]);
        }
        String json = DiagnosisJson.write(Diagnosis.diagnose(answers.inputs(records, io)));
        out.print(json);
        out.flush();
        return 0;
    }
}
