package org.longarm.ui.internal.parts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.ui.internal.WorkbenchSession;
import org.longarm.ui.internal.graph.VerdictColours;

/**
 * Every device of the estate with its verdict and the policy's actions: filter text, sortable columns; selecting a
 * device shows its explanation in the verdict part.
 */
public final class InventoryPart {

    @Inject
    WorkbenchSession session;

    @Inject
    ESelectionService selection;

    private TableViewer viewer;
    private Text filter;
    private Label summary;
    private final Consumer<WorkbenchSession.Change> listener = c -> {
        if (c == WorkbenchSession.Change.VERDICTS && !session.computing()) {
            refresh();
        }
    };

    private record Column(String title, int width, Function<DeviceVerdict, String> text) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Asset", 80, d -> d.device().assetId()),
            new Column("Site", 135, d -> d.device().siteName()),
            new Column("Sensitivity", 72, d -> String.valueOf(d.device().sensitivity()).toLowerCase(Locale.ROOT)),
            new Column("Core", 45, d -> d.device().connectedToCoreNetwork() ? "yes" : "no"),
            new Column("Brand", 80, d -> d.device().brandName()),
            new Column("Model", 105, d -> d.device().model()),
            new Column("Installed", 85, d -> d.device().installed() == null ? "planned" : d.device().installed().toString()),
            new Column("Verdict", 75, d -> d.verdict().name()),
            new Column("Actions", 280, d -> String.join(", ", d.actions())));

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter devices (asset, site, brand, verdict, action\u2026)");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Sorter sorter = new Sorter();
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column column = COLUMNS.get(i);
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(column.title());
            c.getColumn().setWidth(column.width());
            c.getColumn().setMoveable(true);
            boolean verdictColumn = column.title().equals("Verdict");
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply((DeviceVerdict) element);
                }

                @Override
                public Color getForeground(Object element) {
                    return verdictColumn ? VerdictColours.strongColor(((DeviceVerdict) element).verdict()) : null;
                }
            });
            int index = i;
            c.getColumn().addListener(SWT.Selection, e -> sorter.sortBy(index, c.getColumn()));
        }
        viewer.setComparator(sorter);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
                if (wanted.isEmpty()) {
                    return true;
                }
                DeviceVerdict d = (DeviceVerdict) element;
                return COLUMNS.stream().anyMatch(c -> c.text().apply(d).toLowerCase(Locale.ROOT).contains(wanted));
            }
        });
        filter.addListener(SWT.Modify, e -> {
            viewer.refresh();
            updateSummary();
        });
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof DeviceVerdict d) {
                selection.setSelection(d);
                session.setFocus(new WorkbenchSession.DeviceFocus(d.device().assetId()));
            }
        });
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }

    @Focus
    void focus() {
        viewer.getControl().setFocus();
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Text filter() {
        return filter;
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        WorkbenchSession.Snapshot snapshot = session.snapshot();
        viewer.setInput(snapshot == null ? List.of() : snapshot.verdicts().devices());
        updateSummary();
    }

    private void updateSummary() {
        WorkbenchSession.Snapshot snapshot = session.snapshot();
        int total = snapshot == null ? 0 : snapshot.verdicts().devices().size();
        long needing = snapshot == null ? 0 : snapshot.verdicts().devices().stream().filter(d -> !d.actions().isEmpty()).count();
        summary.setText(viewer.getTable().getItemCount() + " of " + total + " devices shown; " + needing + " need action");
        summary.getParent().layout(new org.eclipse.swt.widgets.Control[] { summary });
    }

    /** Sorts by the clicked column; a second click reverses. */
    private final class Sorter extends ViewerComparator {
        private int column = 1;
        private boolean descending;

        void sortBy(int index, TableColumn tableColumn) {
            descending = index == column && !descending;
            column = index;
            viewer.getTable().setSortColumn(tableColumn);
            viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
            viewer.refresh();
        }

        @Override
        public int compare(Viewer v, Object a, Object b) {
            Function<DeviceVerdict, String> text = COLUMNS.get(column).text();
            Comparator<DeviceVerdict> order = Comparator.comparing(text)
                    .thenComparing(d -> d.device().assetId());
            if (COLUMNS.get(column).title().equals("Verdict")) {
                order = Comparator.<DeviceVerdict, Integer>comparing(d -> d.verdict().ordinal())
                        .thenComparing(d -> d.device().assetId());
            }
            int result = order.compare((DeviceVerdict) a, (DeviceVerdict) b);
            return descending ? -result : result;
        }
    }
}
