package org.longarm.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.longarm.model.LongarmPackage;
import org.longarm.ui.internal.WorkbenchSession;
import org.longarm.ui.internal.editing.GraphEdits;
import org.longarm.ui.internal.handlers.EditInterestHandler;
import org.longarm.ui.internal.handlers.InterestDialog;

/**
 * Properties of the stored object in view (the entity or device in focus, or a relationship chosen in the Verdict
 * part's evidence), through the EMF.Edit item providers of {@code org.longarm.model.edit}: one row per property
 * descriptor (display name, value label, category) and one branch per contained object (a relationship's
 * interests). Editable attributes are edited in place (text, or a list where the descriptor offers choices); each
 * edit is a {@link GraphEdits#setProperty} command, saved to the store and undoable. The object is loaded from the
 * store on its own ({@link WorkbenchSession#editable}), never with the whole graph.
 */
public final class PropertiesPart {

    /** A property of {@code owner} with its value label, computed off the UI thread (labels may load references). */
    public record PropertyRow(EObject owner, IItemPropertyDescriptor descriptor, String name, String value,
            String category, boolean editable) {
    }

    /** A contained object (an interest of a relationship, an identifier of an entity) with its own properties. */
    public record ChildRow(String label, List<PropertyRow> properties) {
    }

    @Inject
    WorkbenchSession session;

    private Label title;
    private Button change;
    private Button end;
    private TreeViewer viewer;
    private volatile EObject shown;
    private volatile List<Object> rows = List.of();
    private volatile Job loadJob;
    private final Consumer<WorkbenchSession.Change> listener = c -> {
        if (c == WorkbenchSession.Change.INSPECTED || c == WorkbenchSession.Change.GRAPH
                || c == WorkbenchSession.Change.DATABASE) {
            load();
        }
    };

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        title = new Label(parent, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        title.setText("Select an entity, a device, or a hop of the evidence.");
        new Label(parent, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        change = new Button(parent, SWT.PUSH);
        change.setLayoutData(new GridData());
        change.setText("Change interest\u2026");
        change.addListener(SWT.Selection, e -> EditInterestHandler.open(parent.getShell(), session,
                session.inspected().key(), null, InterestDialog.Mode.CHANGE));
        end = new Button(parent, SWT.PUSH);
        end.setLayoutData(new GridData());
        end.setText("End interest\u2026");
        end.addListener(SWT.Selection, e -> EditInterestHandler.open(parent.getShell(), session,
                session.inspected().key(), null, InterestDialog.Mode.END));
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        column("Property", 150, row -> row instanceof PropertyRow p ? p.name() : ((ChildRow) row).label());
        TreeViewerColumn value = column("Value", 200, row -> row instanceof PropertyRow p ? p.value() : "");
        value.setEditingSupport(new ValueEditing());
        column("Category", 80, row -> row instanceof PropertyRow p && p.category() != null ? p.category() : "");
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof ChildRow c ? c.properties().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof ChildRow c && !c.properties().isEmpty();
            }
        });
        viewer.setInput(List.of());
        ColumnViewerToolTipSupport.enableFor(viewer);
        enableButtons(false);
        session.addListener(listener);
        load();
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }

    @Focus
    void focus() {
        viewer.getTree().setFocus();
    }

    /** The object shown (null when none), for tests. */
    public EObject shown() {
        return shown;
    }

    /** The rows shown, for tests. */
    public List<Object> rows() {
        return rows;
    }

    /** Whether a load is pending or running, for tests. */
    public boolean loading() {
        Job job = loadJob;
        return job != null && job.getState() != Job.NONE;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /**
     * Applies {@code text} to the property of {@code row} as an edit typed into the table would (converted with the
     * attribute's data type; a choice by its label); returns the command's job, or null when nothing changed.
     */
    public Job apply(PropertyRow row, String text) {
        EStructuralFeature feature = (EStructuralFeature) row.descriptor().getFeature(row.owner());
        Object value = parse(row, text);
        if (Objects.equals(value, row.owner().eGet(feature))) {
            return null;
        }
        return session.execute(GraphEdits.setProperty(session, row.owner(), feature, value, row.name()));
    }

    private TreeViewerColumn column(String name, int width, java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof PropertyRow p ? p.descriptor().getDescription(p.owner()) : null;
            }
        });
        return column;
    }

    /** The interest buttons are there for a relationship only. */
    private void enableButtons(boolean relationship) {
        for (Button button : List.of(change, end)) {
            button.setVisible(relationship);
            ((GridData) button.getLayoutData()).exclude = !relationship;
        }
        change.getParent().layout(true);
    }

    private void load() {
        WorkbenchSession.Inspected target = session.inspected();
        if (target == null || !session.isOpen()) {
            return;
        }
        Job previous = loadJob;
        if (previous != null) {
            previous.cancel();
        }
        Job job = Job.create("Loading the properties of " + target.key(), monitor -> {
            EObject object;
            List<Object> loaded;
            String heading;
            try {
                object = session.editable(target.type(), target.key()).orElse(null);
                loaded = object == null ? List.of() : rowsOf(object);
                heading = object == null ? target.key() + " is not stored"
                        : label(object) + "  (" + object.eClass().getName() + ")";
            } catch (RuntimeException e) {
                object = null;
                loaded = List.of();
                heading = "Cannot load " + target.key() + ": " + e.getMessage();
            }
            EObject loadedObject = object;
            List<Object> loadedRows = loaded;
            String loadedHeading = heading;
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (viewer.getControl().isDisposed() || !target.equals(session.inspected())) {
                    return;
                }
                shown = loadedObject;
                rows = loadedRows;
                title.setText(loadedHeading);
                enableButtons(loadedObject != null && LongarmPackage.Literals.RELATIONSHIP.isInstance(loadedObject));
                viewer.setInput(loadedRows);
                viewer.expandAll();
            });
            return Status.OK_STATUS;
        });
        loadJob = job;
        job.schedule();
    }

    private List<Object> rowsOf(EObject object) {
        List<Object> result = new ArrayList<>(properties(object));
        for (EObject child : object.eContents()) {
            result.add(new ChildRow(label(child), properties(child)));
        }
        return List.copyOf(result);
    }

    private List<PropertyRow> properties(EObject object) {
        IItemPropertySource source = (IItemPropertySource) session.adapterFactory().adapt(object, IItemPropertySource.class);
        if (source == null) {
            return List.of();
        }
        List<PropertyRow> result = new ArrayList<>();
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
            Object value = descriptor.getPropertyValue(object);
            String text = descriptor.getLabelProvider(object).getText(value);
            result.add(new PropertyRow(object, descriptor, descriptor.getDisplayName(object), text == null ? "" : text,
                    descriptor.getCategory(object), editable(object, descriptor)));
        }
        return result;
    }

    /** Single attributes other than the key are edited here; references and lists are shown only. */
    private static boolean editable(EObject object, IItemPropertyDescriptor descriptor) {
        return descriptor.canSetProperty(object) && descriptor.getFeature(object) instanceof EAttribute attribute
                && !attribute.isMany() && !attribute.isID();
    }

    private String label(EObject object) {
        IItemLabelProvider labels = (IItemLabelProvider) session.adapterFactory().adapt(object, IItemLabelProvider.class);
        String text = labels == null ? null : labels.getText(object);
        return text == null ? object.eClass().getName() : text;
    }

    /** The choices of an attribute (enumeration literals, true/false), or null when it is typed as text. */
    private static List<?> choices(PropertyRow row) {
        EAttribute attribute = (EAttribute) row.descriptor().getFeature(row.owner());
        if (attribute.getEAttributeType() instanceof EEnum) {
            java.util.Collection<?> choices = row.descriptor().getChoiceOfValues(row.owner());
            return choices == null ? null : new ArrayList<>(choices);
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == boolean.class || type == Boolean.class) {
            return attribute.isUnsettable() || type == Boolean.class ? java.util.Arrays.asList(null, true, false)
                    : List.of(true, false);
        }
        return null;
    }

    private static String text(PropertyRow row, Object value) {
        if (value == null) {
            return "";
        }
        EAttribute attribute = (EAttribute) row.descriptor().getFeature(row.owner());
        return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    private static Object parse(PropertyRow row, String text) {
        EAttribute attribute = (EAttribute) row.descriptor().getFeature(row.owner());
        EDataType type = attribute.getEAttributeType();
        List<?> choices = choices(row);
        if (choices != null) {
            for (Object choice : choices) {
                if (text(row, choice).equals(text)) {
                    return choice;
                }
            }
            throw new IllegalArgumentException(row.name() + " is one of " + choices + ", not " + text);
        }
        if (text == null || text.isBlank()) {
            if (type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()) {
                throw new IllegalArgumentException(row.name() + " cannot be empty");
            }
            return null;
        }
        try {
            return EcoreUtil.createFromString(type, text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(row.name() + ": \"" + text + "\" is not a valid "
                    + type.getName() + (type.getName().equals("LocalDate") ? " (YYYY-MM-DD)" : ""), e);
        }
    }

    /** In-place editing of the Value column: a list for choices, text otherwise. */
    private final class ValueEditing extends EditingSupport {
        private List<?> currentChoices;

        ValueEditing() {
            super(viewer);
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof PropertyRow row && row.editable();
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            PropertyRow row = (PropertyRow) element;
            currentChoices = choices(row);
            if (currentChoices != null) {
                String[] labels = currentChoices.stream().map(c -> text(row, c)).toArray(String[]::new);
                return new ComboBoxCellEditor(viewer.getTree(), labels, SWT.READ_ONLY);
            }
            return new TextCellEditor(viewer.getTree());
        }

        @Override
        protected Object getValue(Object element) {
            PropertyRow row = (PropertyRow) element;
            Object current = row.owner().eGet((EStructuralFeature) row.descriptor().getFeature(row.owner()));
            return currentChoices != null ? Integer.valueOf(Math.max(0, currentChoices.indexOf(current)))
                    : text(row, current);
        }

        @Override
        protected void setValue(Object element, Object value) {
            PropertyRow row = (PropertyRow) element;
            String text = currentChoices != null
                    ? ((Integer) value >= 0 ? text(row, currentChoices.get((Integer) value)) : null)
                    : (String) value;
            if (text == null) {
                return;
            }
            try {
                apply(row, text);
            } catch (IllegalArgumentException e) {
                MessageDialog.openError(viewer.getControl().getShell(), "Properties", e.getMessage());
            }
        }
    }
}
