package org.longarm.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.longarm.core.analysis.Citation;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Finding;
import org.longarm.core.analysis.Hop;
import org.longarm.core.analysis.LawPackSettings;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.DeviceRecord;
import org.longarm.core.graph.ImportedFile;
import org.longarm.core.graph.SourceRecord;
import org.longarm.core.report.Report;
import org.longarm.core.report.ReportFormat;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The report as JSON (schema {@code docs/report.schema.json}), written with Jackson's streaming generator: UTF-8,
 * indented by two spaces with {@code \n} line ends, keys in a fixed order, every key always present (null where a
 * value is unknown), entities sorted by key and devices by asset id.
 */
public final class JsonReportFormat implements ReportFormat {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(new Context(), out, JsonEncoding.UTF8)) {
            new Writer(g, new ReportView(report)).report();
            g.writeRaw('\n');
        } catch (JacksonException e) {
            throw new IOException("Could not write the JSON report: " + e.getOriginalMessage(), e);
        }
        out.flush();
    }

    /** Pretty printing with the same line ends on every platform; the caller's stream stays open. */
    private static final class Context extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
            printer.indentObjectsWith(indenter);
            printer.indentArraysWith(indenter);
            return printer;
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }

        @Override
        public int getStreamWriteFeatures(int defaults) {
            return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
        }
    }

    private static final class Writer {
        private final JsonGenerator g;
        private final ReportView view;

        Writer(JsonGenerator g, ReportView view) {
            this.g = g;
            this.view = view;
        }

        void report() {
            Report report = view.report;
            Verdicts v = report.verdicts();
            g.writeStartObject();
            g.writeStringProperty("schema", ReportView.SCHEMA);
            date("asOf", v.asOf());
            string("generatedAt", report.generatedAt() == null ? null : report.generatedAt().toString());
            g.writeArrayPropertyStart("inputs");
            for (Report.Input input : report.inputs()) {
                g.writeStartObject();
                string("file", input.file());
                string("sha256", input.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("graphFiles");
            for (ImportedFile file : view.graphFilesByName()) {
                g.writeStartObject();
                string("file", file.fileName());
                string("sha256", file.sha256());
                string("format", file.format());
                g.writeNumberProperty("records", file.records());
                g.writeNumberProperty("warnings", file.warningCount());
                g.writeEndObject();
            }
            g.writeEndArray();
            lawPack(v);
            g.writeObjectPropertyStart("policy");
            string("id", v.policy() == null ? null : v.policy().id());
            string("name", v.policy() == null ? null : v.policy().name());
            string("version", v.policy() == null ? null : v.policy().version());
            g.writeEndObject();
            g.writeArrayPropertyStart("plugins");
            for (Report.Component c : view.pluginsById()) {
                g.writeStartObject();
                string("id", c.id());
                string("version", c.version());
                strings("contributes", c.contributes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("entities");
            for (EntityVerdict e : view.entitiesById()) {
                entity(e);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("devices");
            for (DeviceVerdict d : view.devicesById()) {
                device(d);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("analyses");
            for (Report.AnalysisResult a : report.analyses()) {
                analysis(a);
            }
            g.writeEndArray();
            strings("warnings", v.warnings());
            summary();
            g.writeEndObject();
        }

        private void lawPack(Verdicts v) {
            g.writeObjectPropertyStart("lawPack");
            string("id", v.lawPack() == null ? null : v.lawPack().id());
            string("name", v.lawPack() == null ? null : v.lawPack().name());
            string("version", v.lawPack() == null ? null : v.lawPack().version());
            LawPackSettings s = v.settings();
            if (s == null) {
                g.writeNullProperty("settings");
            } else {
                g.writeObjectPropertyStart("settings");
                g.writeBooleanProperty("specialRegionsInScope", s.specialRegionsInScope());
                g.writeBooleanProperty("deFactoControl", s.deFactoControl());
                g.writeObjectPropertyStart("thresholds");
                number("controlAbove", s.controlAbove());
                number("deFactoAtLeast", s.deFactoAtLeast());
                number("influenceAtLeast", s.influenceAtLeast());
                number("resolvedAtLeast", s.resolvedAtLeast());
                number("significantHolderAtLeast", s.significantHolderAtLeast());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeArrayPropertyStart("citations");
            if (v.lawPack() != null) {
                for (Citation c : v.lawPack().citations()) {
                    g.writeStartObject();
                    string("code", c.code());
                    string("title", c.title());
                    string("url", c.url());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void entity(EntityVerdict e) {
            g.writeStartObject();
            string("id", e.key());
            string("name", e.name());
            g.writeBooleanProperty("person", e.person());
            string("jurisdiction", e.jurisdiction());
            verdict("verdict", e.verdict());
            strings("reasons", e.reasons());
            number("subjectHeldFraction", e.subjectHeldFraction());
            g.writeName("path");
            path(e.path());
            g.writeArrayPropertyStart("paths");
            for (List<Hop> p : e.paths()) {
                path(p);
            }
            g.writeEndArray();
            strings("notes", e.notes());
            g.writeEndObject();
        }

        private void device(DeviceVerdict d) {
            DeviceRecord r = d.device();
            g.writeStartObject();
            string("assetId", r.assetId());
            string("siteId", r.siteKey());
            string("siteName", r.siteName());
            string("siteSensitivity", r.sensitivity() == null ? null : r.sensitivity().getLiteral());
            g.writeBooleanProperty("connectedToCoreNetwork", r.connectedToCoreNetwork());
            date("installed", r.installed());
            g.writeBooleanProperty("installedAtAsOf", d.installed());
            string("brand", r.brandName());
            string("model", r.model());
            verdict("verdict", d.verdict());
            strings("reasons", d.reasons());
            strings("actions", d.actions());
            string("productLine", d.productLineKey());
            party("brandOwner", d.brandOwnerKey(), view.entityName(d.brandOwnerKey()));
            party("manufacturer", d.manufacturerKey(), view.entityName(d.manufacturerKey()));
            string("relation", d.relation());
            g.writeName("path");
            path(d.path());
            strings("notes", d.notes());
            g.writeEndObject();
        }

        private void analysis(Report.AnalysisResult a) {
            g.writeStartObject();
            string("id", a.id());
            string("name", a.name());
            string("version", a.version());
            string("error", a.error());
            g.writeArrayPropertyStart("findings");
            for (Finding f : a.findings()) {
                g.writeStartObject();
                string("subjectKind", f.subjectKind());
                string("subjectId", f.subjectId());
                string("code", f.code());
                string("message", f.message());
                g.writeName("path");
                path(f.path());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void summary() {
            g.writeObjectPropertyStart("summary");
            counts("entitiesByVerdict", view.entitiesByVerdict());
            counts("devicesByVerdict", view.devicesByVerdict());
            g.writeObjectPropertyStart("devicesByAction");
            for (Map.Entry<String, Long> e : view.devicesByAction().entrySet()) {
                g.writeNumberProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberProperty("devicesNeedingAction", view.devicesNeedingAction());
            g.writeEndObject();
        }

        private void counts(String name, Map<Verdict, Long> counts) {
            g.writeObjectPropertyStart(name);
            for (Map.Entry<Verdict, Long> e : counts.entrySet()) {
                g.writeNumberProperty(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
        }

        private void path(List<Hop> path) {
            g.writeStartArray();
            for (Hop hop : path) {
                g.writeStartObject();
                party("holder", hop.holderKey(), hop.holderName());
                party("subject", hop.subjectKey(), hop.subjectName());
                string("interest", hop.interest());
                if (hop.share() == null) {
                    g.writeNullProperty("share");
                } else {
                    number("share", hop.share());
                }
                if (hop.shareAbove()) {
                    g.writeBooleanProperty("shareAbove", true);
                }
                date("startDate", hop.startDate());
                date("endDate", hop.endDate());
                string("fact", hop.factKey());
                g.writeArrayPropertyStart("sources");
                for (SourceRecord s : hop.sources()) {
                    g.writeStartObject();
                    string("id", s.id());
                    string("publisher", s.publisherName());
                    string("publisherUrl", s.publisherUrl());
                    date("statementDate", s.statementDate());
                    if (s.statementTime() != null) {
                        string("statementTime", s.statementTime().toString());
                    }
                    string("url", s.url());
                    string("description", s.description());
                    string("file", s.file());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void party(String name, String key, String partyName) {
            if (key == null && partyName == null) {
                g.writeNullProperty(name);
                return;
            }
            g.writeObjectPropertyStart(name);
            string("id", key);
            string("name", partyName);
            g.writeEndObject();
        }

        private void verdict(String name, Verdict verdict) {
            string(name, verdict == null ? null : verdict.name());
        }

        private void string(String name, String value) {
            if (value == null) {
                g.writeNullProperty(name);
            } else {
                g.writeStringProperty(name, value);
            }
        }

        private void date(String name, LocalDate value) {
            string(name, value == null ? null : value.toString());
        }

        /** A number; NaN and infinities (which JSON cannot hold) as null. */
        private void number(String name, double value) {
            if (Double.isFinite(value)) {
                g.writeNumberProperty(name, value);
            } else {
                g.writeNullProperty(name);
            }
        }

        private void strings(String name, List<String> values) {
            g.writeArrayPropertyStart(name);
            for (String value : values) {
                if (value == null) {
                    g.writeNull();
                } else {
                    g.writeString(value);
                }
            }
            g.writeEndArray();
        }
    }
}
