package org.longarm.ui.internal;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** First part of the workbench window. */
public final class WelcomePart {

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout());
        Label label = new Label(parent, SWT.WRAP);
        label.setText("Longarm traces device vendors through ownership chains to a verdict.");
    }
}
