package org.longarm.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.longarm.core.analysis.Citation;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Finding;
import org.longarm.core.analysis.Hop;
import org.longarm.core.analysis.LawPackSettings;
import org.longarm.core.analysis.Percentages;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.DeviceRecord;
import org.longarm.core.graph.ImportedFile;
import org.longarm.core.graph.SourceRecord;
import org.longarm.core.report.Report;
import org.longarm.core.report.ReportFormat;

/**
 * The report as one self-contained HTML page for people: inline CSS, no scripts, fonts or images. Devices needing
 * the most severe action come first, each with its evidence chain drawn as boxes and arrows; every text from the
 * data is escaped and only http(s) URLs become links.
 */
public final class HtmlReportFormat implements ReportFormat {

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(new Page(new ReportView(report)).render().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '&' -> s.append("&amp;");
            case '<' -> s.append("&lt;");
            case '>' -> s.append("&gt;");
            case '"' -> s.append("&quot;");
            case '\'' -> s.append("&#39;");
            default -> {
                if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                    s.append('\uFFFD'); // control characters are not allowed in HTML text
                } else {
                    s.append(c);
                }
            }
            }
        }
        return s.toString();
    }

    private static final String CSS = """
            :root{--subject:#c62828;--exposed:#ef6c00;--unknown:#757575;--clear:#2e7d32;--line:#d0d4da;--muted:#5f6b7a}
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0 auto;max-width:1100px;padding:1.5rem;color:#1d2430;line-height:1.45}
            h1{margin:0 0 .25rem}h2{border-bottom:2px solid var(--line);padding-bottom:.25rem;margin-top:2.2rem}
            h3{margin:.2rem 0 .6rem}
            .muted,.key{color:var(--muted)}.key{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}
            th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f5f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
            .badge{display:inline-block;border-radius:.8rem;padding:0 .55rem;font-size:.8rem;font-weight:600;color:#fff;background:#455a64;white-space:nowrap}
            .badge.v-SUBJECT{background:var(--subject)}.badge.v-EXPOSED{background:var(--exposed)}
            .badge.v-UNKNOWN{background:var(--unknown)}.badge.v-CLEAR{background:var(--clear)}
            .badge.action{background:#fff;color:#1d2430;border:1px solid #1d2430}
            .badge.a0{background:var(--subject);border-color:var(--subject);color:#fff}
            .badge.a1,.badge.a2{background:#fff3e0;border-color:var(--exposed)}
            .summary{display:flex;flex-wrap:wrap;gap:1rem}.summary>div{flex:1 1 16rem}
            .bigcount{font-size:2rem;font-weight:700}
            .device{border:1px solid var(--line);border-left:6px solid #455a64;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
            .device.v-SUBJECT{border-left-color:var(--subject)}.device.v-EXPOSED{border-left-color:var(--exposed)}
            .device.v-UNKNOWN{border-left-color:var(--unknown)}.device.v-CLEAR{border-left-color:var(--clear)}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.4rem 0}
            dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
            ol.chain{list-style:none;padding:0;margin:.6rem 0;display:flex;flex-direction:column;align-items:flex-start}
            ol.chain li.node{border:2px solid #455a64;border-radius:6px;padding:.3rem .7rem;background:#fff;min-width:14rem}
            ol.chain li.node.v-SUBJECT{border-color:var(--subject);background:#ffebee}
            ol.chain li.node.v-EXPOSED{border-color:var(--exposed);background:#fff3e0}
            ol.chain li.node.v-UNKNOWN{border-color:var(--unknown);background:#f5f5f5}
            ol.chain li.node.v-CLEAR{border-color:var(--clear);background:#e8f5e9}
            ol.chain li.node.device-node{border-style:dashed}
            ol.chain li.edge{margin-left:1.4rem;padding:.35rem 0 .35rem 1.2rem;border-left:2px solid #455a64;position:relative;font-size:.9rem}
            ol.chain li.edge::after{content:"";position:absolute;left:-7px;bottom:-2px;border:6px solid transparent;border-top:8px solid #455a64;border-bottom:0}
            ol.chain li.edge.gap{border-left-style:dotted}
            ol.chain .label{font-weight:600}
            ul.sources{margin:.15rem 0 0;padding-left:1.1rem;font-size:.85rem}
            details>summary{cursor:pointer;color:#1f4e8c}
            footer{margin-top:3rem;border-top:1px solid var(--line);padding-top:.5rem;font-size:.85rem;color:var(--muted)}
            code,.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
            """;

    /** One rendering of one report. */
    private static final class Page {
        private final ReportView view;
        private final Verdicts verdicts;
        private final StringBuilder h = new StringBuilder(64 * 1024);
        private final Map<String, String> entityAnchors = new HashMap<>();

        Page(ReportView view) {
            this.view = view;
            this.verdicts = view.report.verdicts();
            List<EntityVerdict> entities = view.entitiesBySeverity();
            for (int i = 0; i < entities.size(); i++) {
                entityAnchors.putIfAbsent(entities.get(i).key(), "entity-" + (i + 1));
            }
        }

        String render() {
            String asOf = verdicts.asOf() == null ? "?" : verdicts.asOf().toString();
            h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>Longarm report as of ").append(esc(asOf)).append("</title>\n<style>\n")
                    .append(CSS).append("</style>\n</head>\n<body>\n");
            h.append("<header>\n<h1>Longarm report</h1>\n<p class=\"asof\">Verdicts as of <strong>")
                    .append(esc(asOf)).append("</strong></p>\n</header>\n");
            basis();
            summary();
            devices();
            entities();
            analyses();
            warnings();
            inputs();
            h.append("<footer>Generated by Longarm at ")
                    .append(esc(view.report.generatedAt() == null ? "?" : view.report.generatedAt().toString()))
                    .append(". Same inputs, same report: everything above this line depends only on the inputs, "
                            + "the as-of date and the versions listed.</footer>\n</body>\n</html>\n");
            return h.toString();
        }

        private void basis() {
            h.append("<section id=\"basis\">\n<h2>Law pack and policy</h2>\n<dl class=\"facts\">\n");
            if (verdicts.lawPack() != null) {
                fact("Law pack", esc(verdicts.lawPack().name()) + " <span class=\"key\">" + esc(verdicts.lawPack().id())
                        + " " + esc(verdicts.lawPack().version()) + "</span>");
            }
            LawPackSettings s = verdicts.settings();
            if (s != null) {
                fact("Settings", esc("special regions " + (s.specialRegionsInScope() ? "in scope" : "flagged, not in scope")
                        + "; de facto control " + (s.deFactoControl() ? "on" : "off") + "; control above "
                        + ReportView.number(s.controlAbove()) + "%, de facto from " + ReportView.number(s.deFactoAtLeast())
                        + "%, exposed from " + ReportView.number(s.influenceAtLeast()) + "%, resolved from "
                        + ReportView.number(s.resolvedAtLeast()) + "%, significant holder from "
                        + ReportView.number(s.significantHolderAtLeast()) + "%"));
            }
            if (verdicts.policy() != null) {
                fact("Policy", esc(verdicts.policy().name()) + " <span class=\"key\">" + esc(verdicts.policy().id())
                        + " " + esc(verdicts.policy().version()) + "</span>");
            }
            h.append("</dl>\n");
            if (verdicts.lawPack() != null && !verdicts.lawPack().citations().isEmpty()) {
                h.append("<h3>Articles cited</h3>\n<ul class=\"citations\">\n");
                for (Citation c : verdicts.lawPack().citations()) {
                    h.append("<li><strong>").append(esc(c.code())).append("</strong> — ").append(esc(c.title()));
                    if (c.url() != null) {
                        h.append(" (").append(link(c.url(), c.url())).append(')');
                    }
                    h.append("</li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }

        private void summary() {
            long total = verdicts.devices().size();
            h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"summary\">\n");
            h.append("<div><div class=\"bigcount\">").append(view.devicesNeedingAction()).append(" of ").append(total)
                    .append("</div><div>devices need action</div>\n");
            h.append("<table><thead><tr><th>Action</th><th>Devices</th></tr></thead><tbody>\n");
            for (Map.Entry<String, Long> e : view.devicesByAction().entrySet()) {
                h.append("<tr><td>").append(actionBadge(e.getKey())).append("</td><td class=\"num\">")
                        .append(e.getValue()).append("</td></tr>\n");
            }
            if (view.devicesByAction().isEmpty()) {
                h.append("<tr><td colspan=\"2\" class=\"muted\">No device needs action.</td></tr>\n");
            }
            h.append("</tbody></table></div>\n");
            counts("Devices by verdict", view.devicesByVerdict());
            counts("Vendors and other entities by verdict", view.entitiesByVerdict());
            h.append("</div>\n</section>\n");
        }

        private void counts(String title, Map<Verdict, Long> counts) {
            h.append("<div><table><thead><tr><th>").append(esc(title)).append("</th><th>Count</th></tr></thead><tbody>\n");
            for (Map.Entry<Verdict, Long> e : counts.entrySet()) {
                h.append("<tr><td>").append(verdictBadge(e.getKey())).append("</td><td class=\"num\">")
                        .append(e.getValue()).append("</td></tr>\n");
            }
            h.append("</tbody></table></div>\n");
        }

        private void devices() {
            List<DeviceVerdict> devices = view.devicesBySeverity();
            List<DeviceVerdict> acting = devices.stream().filter(d -> !d.actions().isEmpty()).toList();
            List<DeviceVerdict> quiet = devices.stream().filter(d -> d.actions().isEmpty()).toList();
            h.append("<section id=\"devices\">\n<h2>Devices needing action (").append(acting.size()).append(")</h2>\n");
            if (acting.isEmpty()) {
                h.append("<p class=\"muted\">None.</p>\n");
            }
            int n = 0;
            for (DeviceVerdict d : acting) {
                device(d, ++n);
            }
            h.append("<h2>Devices needing no action (").append(quiet.size()).append(")</h2>\n");
            if (quiet.isEmpty()) {
                h.append("<p class=\"muted\">None.</p>\n");
            }
            for (DeviceVerdict d : quiet) {
                device(d, ++n);
            }
            h.append("</section>\n");
        }

        private void device(DeviceVerdict d, int n) {
            DeviceRecord r = d.device();
            String v = d.verdict() == null ? "NONE" : d.verdict().name();
            h.append("<article class=\"device v-").append(v).append("\" id=\"device-").append(n).append("\">\n<h3>")
                    .append(esc(r.assetId())).append(" — ").append(esc(r.brandName())).append(' ')
                    .append(esc(r.model())).append(' ').append(verdictBadge(d.verdict())).append("</h3>\n");
            h.append("<p class=\"actions\">");
            if (d.actions().isEmpty()) {
                h.append("<span class=\"muted\">No action needed.</span>");
            } else {
                h.append("Actions: ");
                d.actions().forEach(a -> h.append(actionBadge(a)).append(' ')); // in the policy's order
            }
            h.append("</p>\n<dl class=\"facts\">\n");
            fact("Site", esc(r.siteName()) + " <span class=\"key\">" + esc(r.siteKey()) + "</span>");
            fact("Site sensitivity", esc(r.sensitivity() == null ? "unknown" : r.sensitivity().getLiteral()));
            fact("Core network", r.connectedToCoreNetwork() ? "connected" : "not connected");
            fact("Installed", r.installed() == null ? "planned (not installed)"
                    : esc(r.installed().toString()) + (d.installed() ? "" : " (after the as-of date: not yet installed)"));
            fact("Brand owner", party(d.brandOwnerKey()));
            fact("Manufacturer", party(d.manufacturerKey()) + (d.relation() == null ? "" : " (" + esc(d.relation()) + ")"));
            fact("Reasons", codes(d.reasons()));
            h.append("</dl>\n");
            if (!d.path().isEmpty()) {
                h.append("<h4>Evidence</h4>\n");
                chain(d.path(), r.assetId() + " — " + r.brandName() + " " + r.model());
            }
            notes(d.notes());
            h.append("</article>\n");
        }

        private void entities() {
            List<EntityVerdict> entities = view.entitiesBySeverity();
            h.append("<section id=\"entities\">\n<h2>Vendors and other entities (").append(entities.size())
                    .append(")</h2>\n<table><thead><tr><th>Entity</th><th>Jurisdiction</th><th>Verdict</th>"
                            + "<th>Reasons</th><th>Subject-held fraction</th><th>Evidence</th></tr></thead><tbody>\n");
            for (EntityVerdict e : entities) {
                h.append("<tr id=\"").append(entityAnchors.get(e.key())).append("\"><td>").append(esc(e.name()))
                        .append(e.person() ? " <span class=\"muted\">(person)</span>" : "")
                        .append("<br><span class=\"key\">").append(esc(e.key())).append("</span></td><td>")
                        .append(esc(e.jurisdiction() == null ? "unknown" : e.jurisdiction())).append("</td><td>")
                        .append(verdictBadge(e.verdict())).append("</td><td>").append(codes(e.reasons()))
                        .append("</td><td class=\"num\">").append(esc(Percentages.text(e.subjectHeldFraction() * 100)))
                        .append("</td><td>");
                if (e.paths().isEmpty() && e.notes().isEmpty()) {
                    h.append("<span class=\"muted\">—</span>");
                } else {
                    int n = e.paths().size();
                    h.append("<details><summary>").append(n == 0 ? "notes" : n == 1 ? "1 path" : n + " paths")
                            .append("</summary>\n");
                    int i = 0;
                    for (List<Hop> path : e.paths()) {
                        if (e.paths().size() > 1) {
                            h.append("<p class=\"muted\">").append(i == 0 ? "Main path" : "Path " + (i + 1)).append("</p>\n");
                        }
                        chain(path, null);
                        i++;
                    }
                    notes(e.notes());
                    h.append("</details>");
                }
                h.append("</td></tr>\n");
            }
            h.append("</tbody></table>\n</section>\n");
        }

        private void analyses() {
            if (view.report.analyses().isEmpty()) {
                return;
            }
            h.append("<section id=\"analyses\">\n<h2>Analyses</h2>\n");
            for (Report.AnalysisResult a : view.report.analyses()) {
                h.append("<h3>").append(esc(a.name())).append(" <span class=\"key\">").append(esc(a.id())).append(' ')
                        .append(esc(a.version())).append("</span></h3>\n");
                if (a.error() != null) {
                    h.append("<p class=\"error\"><strong>Failed:</strong> ").append(esc(a.error())).append("</p>\n");
                } else if (a.findings().isEmpty()) {
                    h.append("<p class=\"muted\">No findings.</p>\n");
                } else {
                    h.append("<table><thead><tr><th>Subject</th><th>Code</th><th>Finding</th></tr></thead><tbody>\n");
                    for (Finding f : a.findings()) {
                        h.append("<tr><td>").append(esc(f.subjectKind())).append(" <span class=\"key\">")
                                .append(esc(f.subjectId())).append("</span></td><td><code>").append(esc(f.code()))
                                .append("</code></td><td>").append(esc(f.message()));
                        if (!f.path().isEmpty()) {
                            h.append("<details><summary>evidence</summary>\n");
                            chain(f.path(), null);
                            h.append("</details>");
                        }
                        h.append("</td></tr>\n");
                    }
                    h.append("</tbody></table>\n");
                }
            }
            h.append("</section>\n");
        }

        private void warnings() {
            h.append("<section id=\"warnings\">\n<h2>Warnings (").append(verdicts.warnings().size()).append(")</h2>\n");
            if (verdicts.warnings().isEmpty()) {
                h.append("<p class=\"muted\">None.</p>\n");
            } else {
                h.append("<ul>\n");
                verdicts.warnings().forEach(w -> h.append("<li>").append(esc(w)).append("</li>\n"));
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }

        private void inputs() {
            h.append("<section id=\"inputs\">\n<h2>Inputs</h2>\n");
            if (view.report.inputs().isEmpty()) {
                h.append("<p class=\"muted\">No files were imported for this run (the graph was loaded before).</p>\n");
            } else {
                h.append("<table><thead><tr><th>File</th><th>SHA-256</th></tr></thead><tbody>\n");
                for (Report.Input input : view.report.inputs()) {
                    h.append("<tr><td>").append(esc(input.file())).append("</td><td class=\"hash\">")
                            .append(esc(input.sha256())).append("</td></tr>\n");
                }
                h.append("</tbody></table>\n");
            }
            h.append("<h3>Files in the graph</h3>\n");
            List<ImportedFile> graphFiles = view.graphFilesByName();
            if (graphFiles.isEmpty()) {
                h.append("<p class=\"muted\">The store keeps no record of the files its facts came from.</p>\n");
            } else {
                h.append("<p>Every file whose facts the graph held when the verdicts were computed, as its import"
                        + " records keep them; warnings are what an import asked to check (<code>longarm imports"
                        + " --warnings</code> lists them).</p>\n<table><thead><tr><th>File</th><th>Format</th>"
                        + "<th>Records</th><th>Warnings</th><th>SHA-256</th></tr></thead><tbody>\n");
                for (ImportedFile file : graphFiles) {
                    h.append("<tr><td>").append(esc(file.fileName())).append("</td><td>").append(esc(file.format()))
                            .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%,d", file.records()))
                            .append("</td><td class=\"num\">")
                            .append(String.format(Locale.ROOT, "%,d", file.warningCount()))
                            .append("</td><td class=\"hash\">").append(esc(file.sha256())).append("</td></tr>\n");
                }
                h.append("</tbody></table>\n");
            }
            h.append("<h3>Plug-ins</h3>\n<table><thead><tr><th>Plug-in</th><th>Version</th><th>Contributes</th></tr>"
                    + "</thead><tbody>\n");
            for (Report.Component c : view.pluginsById()) {
                h.append("<tr><td><code>").append(esc(c.id())).append("</code></td><td>").append(esc(c.version()))
                        .append("</td><td>").append(esc(String.join(", ", c.contributes()))).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n</section>\n");
        }

        /** Draws a path as a vertical chain of boxes joined by labelled arrows, ending with the device if given. */
        private void chain(List<Hop> path, String deviceLabel) {
            h.append("<ol class=\"chain\">\n");
            String previous = null;
            for (Hop hop : path) {
                if (previous == null || !previous.equals(hop.holderKey())) {
                    if (previous != null) {
                        h.append("<li class=\"edge gap\"><span class=\"muted\">(path continues)</span></li>\n");
                    }
                    node(hop.holderKey(), hop.holderName());
                }
                h.append("<li class=\"edge\"><span class=\"label\">").append(esc(ReportView.hopLabel(hop)))
                        .append("</span>");
                if (hop.factKey() != null) {
                    h.append(" <span class=\"key\">").append(esc(hop.factKey())).append("</span>");
                }
                sources(hop.sources());
                h.append("</li>\n");
                node(hop.subjectKey(), hop.subjectName());
                previous = hop.subjectKey();
            }
            if (deviceLabel != null) {
                h.append("<li class=\"edge\"><span class=\"label\">device</span></li>\n")
                        .append("<li class=\"node device-node\">").append(esc(deviceLabel)).append("</li>\n");
            }
            h.append("</ol>\n");
        }

        private void node(String key, String name) {
            EntityVerdict e = view.entity(key);
            h.append("<li class=\"node");
            if (e != null && e.verdict() != null) {
                h.append(" v-").append(e.verdict().name());
            }
            h.append("\">");
            String anchor = key == null ? null : entityAnchors.get(key);
            if (anchor != null) {
                h.append("<a href=\"#").append(anchor).append("\">").append(esc(ReportView.nameOr(name, key)))
                        .append("</a>");
            } else {
                h.append(esc(ReportView.nameOr(name, key)));
            }
            if (e != null && e.verdict() != null) {
                h.append(' ').append(verdictBadge(e.verdict()));
            }
            h.append("<br><span class=\"key\">").append(esc(key)).append("</span></li>\n");
        }

        private void sources(List<SourceRecord> sources) {
            if (sources.isEmpty()) {
                h.append("<div class=\"muted\">no source recorded</div>");
                return;
            }
            h.append("<ul class=\"sources\">");
            for (SourceRecord s : sources) {
                h.append("<li>");
                String id = s.id() == null ? "source" : s.id();
                if (ReportView.linkable(s.url())) {
                    h.append(link(s.url(), id));
                } else {
                    h.append("<span class=\"key\">").append(esc(id)).append("</span>");
                    if (s.url() != null) {
                        h.append(" <span class=\"key\">").append(esc(s.url())).append("</span>");
                    }
                }
                if (s.publisherName() != null || s.publisherUrl() != null) {
                    h.append(" · ");
                    String publisher = s.publisherName() == null ? s.publisherUrl() : s.publisherName();
                    h.append(ReportView.linkable(s.publisherUrl()) ? link(s.publisherUrl(), publisher) : esc(publisher));
                }
                if (s.statementWhen() != null) {
                    h.append(" · ").append(esc(s.statementWhen()));
                }
                if (s.description() != null) {
                    h.append(" · ").append(esc(s.description()));
                }
                if (s.file() != null) {
                    h.append(" · <span class=\"key\">").append(esc(s.file())).append("</span>");
                }
                h.append("</li>");
            }
            h.append("</ul>");
        }

        private void notes(List<String> notes) {
            if (notes.isEmpty()) {
                return;
            }
            h.append("<ul class=\"notes\">\n");
            notes.forEach(n -> h.append("<li>").append(esc(n)).append("</li>\n"));
            h.append("</ul>\n");
        }

        private void fact(String term, String html) {
            h.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
        }

        private String party(String key) {
            if (key == null) {
                return "<span class=\"muted\">unknown</span>";
            }
            EntityVerdict e = view.entity(key);
            String name = esc(ReportView.nameOr(e == null ? null : e.name(), key));
            String anchor = entityAnchors.get(key);
            String s = anchor == null ? name : "<a href=\"#" + anchor + "\">" + name + "</a>";
            return s + " <span class=\"key\">" + esc(key) + "</span>"
                    + (e == null || e.verdict() == null ? "" : " " + verdictBadge(e.verdict()));
        }

        private static String codes(List<String> codes) {
            if (codes.isEmpty()) {
                return "<span class=\"muted\">—</span>";
            }
            StringBuilder s = new StringBuilder();
            for (String c : codes) {
                if (!s.isEmpty()) {
                    s.append(", ");
                }
                s.append("<code>").append(esc(c)).append("</code>");
            }
            return s.toString();
        }

        private static String verdictBadge(Verdict v) {
            String name = v == null ? "NONE" : v.name();
            return "<span class=\"badge v-" + name + "\">" + name + "</span>";
        }

        private static String actionBadge(String action) {
            return "<span class=\"badge action a" + ReportView.actionRank(action) + "\">" + esc(action) + "</span>";
        }

        /** A link when the URL is http(s), else the text with the URL beside it as plain text. */
        private static String link(String url, String text) {
            if (!ReportView.linkable(url)) {
                return esc(text) + (url.equals(text) ? "" : " <span class=\"key\">" + esc(url) + "</span>");
            }
            return "<a href=\"" + esc(url.strip()) + "\" rel=\"noopener noreferrer\">" + esc(text) + "</a>";
        }
    }
}
