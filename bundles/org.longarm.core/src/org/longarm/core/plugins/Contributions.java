package org.longarm.core.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.longarm.core.analysis.Analysis;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.Policy;
import org.longarm.core.io.InputFormat;
import org.longarm.core.report.Report;
import org.longarm.core.report.ReportFormat;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The contributions registered in the running OSGi framework. */
public final class Contributions {

    /** How long to wait for a kind of service that must exist while Declarative Services is still starting. */
    private static final long STARTUP_WAIT_MS = 10_000;

    private Contributions() {
    }

    public static List<LawPack> lawPacks() {
        return all(LawPack.class, LawPack::id);
    }

    public static List<Policy> policies() {
        return all(Policy.class, Policy::id);
    }

    public static List<Analysis> analyses() {
        return all(Analysis.class, Analysis::id);
    }

    public static List<InputFormat> inputFormats() {
        return all(InputFormat.class, InputFormat::id);
    }

    public static List<ReportFormat> reportFormats() {
        return all(ReportFormat.class, ReportFormat::id);
    }

    /** The law pack with {@code id}, or the only/first one when {@code id} is null. */
    public static Optional<LawPack> lawPack(String id) {
        return lawPacks().stream().filter(l -> id == null || l.id().equals(id)).findFirst();
    }

    /** The policy with {@code id}, or the first one when {@code id} is null. */
    public static Optional<Policy> policy(String id) {
        return policies().stream().filter(p -> id == null || p.id().equals(id)).findFirst();
    }

    /** The bundle that contributed {@code contribution}, as a report lists it. */
    public static Report.Component component(Object contribution, String kind, String id) {
        Bundle bundle = FrameworkUtil.getBundle(contribution.getClass());
        return new Report.Component(bundle == null ? contribution.getClass().getName() : bundle.getSymbolicName(),
                bundle == null ? "unknown" : bundle.getVersion().toString(), List.of(kind + ":" + id));
    }

    /** Components merged per bundle, sorted by bundle. */
    public static List<Report.Component> merge(List<Report.Component> components) {
        TreeMap<String, Report.Component> byBundle = new TreeMap<>();
        for (Report.Component c : components) {
            byBundle.merge(c.id(), c, (a, b) -> {
                List<String> all = new ArrayList<>(a.contributes());
                b.contributes().stream().filter(x -> !all.contains(x)).forEach(all::add);
                all.sort(null);
                return new Report.Component(a.id(), a.version(), all);
            });
        }
        return List.copyOf(byBundle.values());
    }

    private static <T> List<T> all(Class<T> type, Function<T, String> id) {
        Bundle bundle = FrameworkUtil.getBundle(Contributions.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return List.of();
        }
        try {
            if (context.getServiceReferences(type, null).isEmpty()) {
                ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
                tracker.open();
                try {
                    tracker.waitForService(STARTUP_WAIT_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    tracker.close();
                }
            }
            List<T> services = new ArrayList<>();
            for (ServiceReference<T> reference : context.getServiceReferences(type, null)) {
                T service = context.getService(reference);
                if (service != null) {
                    services.add(service);
                }
            }
            services.sort(Comparator.comparing(id));
            return services;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter is valid", e);
        }
    }
}
