package org.gvclab.core.cli;

import java.io.PrintStream;
import java.util.Arrays;
import org.gvclab.core.io.model.IoException;

/**
 * Entry point of {@code gvclab-cli.jar}: dispatches to the {@code io}, {@code bench}, {@code diagnose} and
 * {@code strategies} commands and turns input errors into a message on standard error (naming the file, row and
 * column) and exit status 2, with nothing on standard output.
 */
public final class GvcLabCli {

    private GvcLabCli() {
    }

    public static void main(String[] args) {
        // Apache POI logs through log4j-api; without a provider it complains once on stderr. Keep it quiet.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the exit status (0 ok, 1 usage, 2 bad input, 3 failure). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0])) {
            err.println(usage());
            return args.length == 0 ? 1 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "io" -> IoCommand.run(Options.parse(rest), out, err);
                case "bench" -> BenchCommand.run(Options.parse(rest), out, err);
                case "diagnose" -> DiagnoseCommand.run(Options.parse(rest), out, err);
                case "strategies" -> StrategiesCommand.run(Options.parse(rest), out, err);
                default -> {
                    err.println("unknown command '" + args[0] + "'\n" + usage());
                    yield 1;
                }
            };
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + "\n" + usage());
            return 1;
        } catch (IoException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("failed: " + e);
            return 3;
        }
    }

    static String usage() {
        return """
                usage:
                  gvclab-cli io --table DIR|FILE --out DIR [--only NAME,NAME,...] [--format golden|icio|wiod]
                                [--balance-tolerance 1e-6] [--solver openblas|ejml] [--chain REGION_SECTOR]
                                [--progress] [--entry FILE]
                      reads a golden-layout folder or zip, an OECD ICIO CSV (2016, 2018, 2021, 2023, 2023 _SML) or
                      a WIOD table (2013, 2016; .xlsx, .xlsb or CSV), also as downloaded in a zip (--entry names the
                      table file when the zip holds several); without --format the release is detected and named;
                      writes one CSV per indicator (default: the 21 standard outputs), first saying what the run
                      will cost (rows, memory, CSV size); --progress reports each output as it is written; also
                      exports_intermediate_Eint, exports_final_Efd, leontief_VB, average_propagation_length,
                      and smile_curve (with --chain, the final product whose value chain is drawn)
                  gvclab-cli bench --table DIR [--only NAME,...] [--repeat 3] [--solver openblas|ejml]
                      times read + compute + write, and the linear solvers
                  gvclab-cli bench --generate DIR [--regions 44] [--sectors 56] [--seed 42]
                      writes a synthetic balanced table in the golden layout
                  gvclab-cli diagnose --records FILE.csv [--answers FILE.json] [--year YYYY]
                                      [--io-table DIR --link REGION_SECTOR]
                      the diagnosis of a cluster as JSON (docs/model.md)
                  gvclab-cli strategies --records FILE.csv [--answers FILE.json] [--strategies S0,S1,S2,S3,S4]
                                        [--horizon 10] [--draws 1000] [--seed 1]
                      the strategy comparison as JSON; the same seed gives the same output""";
    }
}
