package org.longarm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

class WorkbenchWindowTest {

    @Test
    void theWorkbenchOpensItsMainWindow() throws Exception {
        try (WorkbenchHarness workbench = WorkbenchHarness.start(Duration.ofSeconds(60))) {
            Shell shell = workbench.mainShell();
            assertEquals("Longarm", workbench.ui(shell::getText));
            assertTrue(workbench.ui(() -> shell.getSize().x >= 800 && shell.getSize().y >= 500),
                    "the window has a usable size");
            Path png = workbench.screenshot(shell, "workbench-window");
            assertTrue(Files.size(png) > 1000, "a screenshot of the window was written");
        }
    }
}
