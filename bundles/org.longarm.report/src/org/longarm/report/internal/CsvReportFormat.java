package org.longarm.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.graph.DeviceRecord;
import org.longarm.core.graph.SourceRecord;
import org.longarm.core.report.Report;
import org.longarm.core.report.ReportFormat;

/**
 * The report as CSV, one row per device sorted by asset id (RFC 4180: comma separated, CRLF line ends, fields
 * quoted where needed, UTF-8 without byte order mark). Lists within a field are joined with {@code ;}, sources with
 * {@code  | }.
 */
public final class CsvReportFormat implements ReportFormat {

    /** The header, in column order. */
    public static final List<String> HEADER = List.of("asset_id", "site_id", "site_name", "site_sensitivity",
            "connected_to_core_network", "installed", "brand", "model", "verdict", "reasons", "actions",
            "brand_owner", "manufacturer", "relation", "subject_held_fraction", "evidence", "sources");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setRecordSeparator("\r\n")
            .get();

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ReportView view = new ReportView(report);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT); // not closed: that would close the caller's stream
        for (DeviceVerdict d : view.devicesById()) {
            printer.printRecord(row(view, d).stream().map(CsvReportFormat::inert).toList());
        }
        printer.flush();
    }

    /** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at its start) is written as text. */
    static String inert(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static List<String> row(ReportView view, DeviceVerdict d) {
        DeviceRecord r = d.device();
        EntityVerdict deciding = view.decidingEntity(d);
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(text(r.assetId()));
        row.add(text(r.siteKey()));
        row.add(text(r.siteName()));
        row.add(r.sensitivity() == null ? "" : r.sensitivity().getLiteral());
        row.add(r.connectedToCoreNetwork() ? "yes" : "no");
        row.add(r.installed() == null ? "" : r.installed().toString());
        row.add(text(r.brandName()));
        row.add(text(r.model()));
        row.add(d.verdict() == null ? "" : d.verdict().name());
        row.add(String.join(";", d.reasons()));
        row.add(String.join(";", d.actions()));
        row.add(party(view, d.brandOwnerKey()));
        row.add(party(view, d.manufacturerKey()));
        row.add(text(d.relation()));
        row.add(deciding == null ? "" : ReportView.number(deciding.subjectHeldFraction()));
        row.add(ReportView.evidenceLine(d.path()));
        List<String> sources = new ArrayList<>();
        for (SourceRecord s : ReportView.sources(d.path())) {
            String id = text(s.id());
            String url = text(s.url());
            sources.add(url.isEmpty() ? id : id.isEmpty() ? url : id + " " + url);
        }
        row.add(String.join(" | ", sources));
        return row;
    }

    private static String party(ReportView view, String key) {
        return key == null ? "" : ReportView.nameOr(view.entityName(key), key);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
