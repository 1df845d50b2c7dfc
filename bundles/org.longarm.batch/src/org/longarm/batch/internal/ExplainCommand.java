package org.longarm.batch.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.longarm.core.analysis.Citation;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Hop;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.Percentages;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.analysis.VerdictEngine;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.SourceRecord;
import org.longarm.store.neo4j.LongarmDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = { "Explains the verdict on one entity or device: reasons, the evidence chain hop by hop with",
                "its sources, the SUBJECT-held fraction, the articles cited and, for a device, the policy's actions.",
                "Exit codes: 0 explained, 2 unknown id or no database in the data folder, 3 database failure." })
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "An entity record id, an identifier SCHEME:ID, or a device asset id.")
    String id;

    @Mixin
    VerdictOptions options;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LawPack lawPack = options.lawPack();
        try (LongarmDatabase database = common.open(false)) {
            GraphView graph = database.store().view();
            String key = id.strip();
            Optional<String> entityKey = graph.entity(key).map(e -> e.key());
            if (entityKey.isEmpty() && key.indexOf(':') > 0) {
                entityKey = graph.entityKeyByIdentifier(key.substring(0, key.indexOf(':')),
                        key.substring(key.indexOf(':') + 1));
            }
            boolean device = entityKey.isEmpty() && graph.device(key).isPresent();
            if (entityKey.isEmpty() && !device) {
                throw new UsageException("'" + id + "' is neither an entity record id, an identifier SCHEME:ID, nor a device asset id in "
                        + database.store().describe());
            }
            var progress = LongarmCommand.progress();
            Verdicts verdicts = VerdictEngine.compute(graph, options.asOfDate(), lawPack, options.settings(lawPack),
                    options.policy(), progress);
            progress.done();
            PrintWriter out = spec.commandLine().getOut();
            if (device) {
                print(verdicts.device(key).orElseThrow(), verdicts, out);
            } else {
                print(verdicts.entity(entityKey.get()).orElseThrow(), verdicts, out);
            }
        }
        return LongarmCommand.OK;
    }

    private static void print(DeviceVerdict d, Verdicts verdicts, PrintWriter out) {
        var device = d.device();
        out.printf("Device %s: %s %s at %s (%s, %s), %s%s%n", device.assetId(), device.brandName(), device.model(),
                device.siteName(), device.siteKey(), device.sensitivity() == null ? "sensitivity not given"
                        : device.sensitivity().getLiteral() + " site",
                d.installed() ? "installed " + device.installed() : "not installed at " + verdicts.asOf(),
                device.connectedToCoreNetwork() ? ", connected to the core network" : "");
        out.printf("Verdict:  %s%n", d.verdict());
        out.printf("Reasons:  %s%n", String.join(", ", d.reasons()));
        out.printf("Actions:  %s%n", d.actions().isEmpty() ? "none" : String.join(", ", d.actions()));
        out.printf("Product:  line %s; brand owner %s; manufacturer %s%s%n", d.productLineKey(),
                d.brandOwnerKey() == null ? "not named" : d.brandOwnerKey(),
                d.manufacturerKey() == null ? "not named" : d.manufacturerKey(),
                d.relation() == null ? "" : " (" + d.relation() + ")");
        d.notes().forEach(n -> out.printf("          %s%n", n));
        printPath(d.path(), out);
        printFooter(d.verdict(), verdicts, out);
    }

    private static void print(EntityVerdict e, Verdicts verdicts, PrintWriter out) {
        out.printf("%s %s (%s)%s%n", e.person() ? "Person" : "Entity", e.name(), e.key(),
                e.jurisdiction() == null ? "" : ", " + e.jurisdiction());
        out.printf("Verdict:  %s%n", e.verdict());
        out.printf("Reasons:  %s%n", e.reasons().isEmpty() ? "none" : String.join(", ", e.reasons()));
        out.printf("SUBJECT-held fraction: %s%n", Percentages.text(e.subjectHeldFraction() * 100));
        e.notes().forEach(n -> out.printf("          %s%n", n));
        for (int i = 0; i < e.paths().size(); i++) {
            if (i == 1) {
                out.println();
                out.println("Further evidence:");
            }
            printPath(e.paths().get(i), out);
        }
        printFooter(e.verdict(), verdicts, out);
    }

    private static void printPath(List<Hop> path, PrintWriter out) {
        if (path.isEmpty()) {
            return;
        }
        out.println();
        out.println("Evidence (from the in-scope party down):");
        out.printf("  %s (%s)%n", path.get(0).holderName(), path.get(0).holderKey());
        for (Hop hop : path) {
            String share = hop.share() == null ? "" : " " + hop.shareText();
            String dates = hop.startDate() == null && hop.endDate() == null ? ""
                    : " [" + (hop.startDate() == null ? "…" : hop.startDate()) + " – "
                            + (hop.endDate() == null ? "…" : hop.endDate()) + "]";
            out.printf("    └─ %s%s%s%n", hop.interest(), share, dates);
            for (SourceRecord s : hop.sources()) {
                out.printf("       source %s%s%s%s%n", s.id(),
                        s.publisherName() == null ? "" : ", " + s.publisherName(),
                        s.statementWhen() == null ? "" : ", " + s.statementWhen(),
                        s.url() == null ? "" : ", " + s.url());
            }
            out.printf("  %s (%s)%n", hop.subjectName(), hop.subjectKey());
        }
    }

    private static void printFooter(Verdict verdict, Verdicts verdicts, PrintWriter out) {
        out.println();
        if (verdict == Verdict.SUBJECT || verdict == Verdict.EXPOSED) {
            out.println("Law cited: " + verdicts.lawPack().citations().stream().map(Citation::code)
                    .collect(Collectors.joining(", ")));
        }
        out.printf("As of %s; law pack %s %s%s; policy %s %s%n", verdicts.asOf(), verdicts.lawPack().id(),
                verdicts.lawPack().version(), verdicts.settings().specialRegionsInScope() ? " (SARs in scope)" : "",
                verdicts.policy().id(), verdicts.policy().version());
    }
}
