package org.longarm.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;

/**
 * Runs the real Longarm workbench application (the product's branding, application model and CSS) on a UI
 * thread of its own inside the test runtime, so that tests can look at its window while it runs. Needs an X
 * display (Xvfb in CI).
 */
public final class WorkbenchHarness implements AutoCloseable {

    private static final String PRODUCT_ID = "org.longarm.ui.workbench";

    private final Thread uiThread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Display display;

    private WorkbenchHarness(String... extraArgs) {
        String displayName = System.getenv("DISPLAY");
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalStateException("no X display: run the UI tests under Xvfb (.ci/run starts one)");
        }
        IApplicationContext context = new ProductContext(extraArgs);
        uiThread = new Thread(() -> {
            try {
                E4Application application = new E4Application();
                display = application.getApplicationDisplay();
                application.start(context);
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                ended.countDown();
            }
        }, "workbench-ui");
        uiThread.setDaemon(true);
    }

    /** Starts the workbench and waits until its main window is open. */
    public static WorkbenchHarness start(Duration timeout, String... extraArgs) throws Exception {
        WorkbenchHarness harness = new WorkbenchHarness(extraArgs);
        harness.uiThread.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            harness.rethrowFailure();
            if (harness.display != null && harness.mainShellVisible()) {
                return harness;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the workbench window did not open within " + timeout);
    }

    public MApplication application() {
        return (MApplication) E4Workbench.getServiceContext().get(MApplication.class.getName());
    }

    public Display display() {
        return display;
    }

    /** Runs {@code task} on the UI thread and returns its result. */
    public <T> T ui(Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                error.set(e);
            }
        });
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    /** Lets the UI thread process pending events until {@code condition} holds. */
    public void waitUntil(Callable<Boolean> condition, Duration timeout) throws Exception {
        waitUntil(condition, timeout, () -> "");
    }

    /**
     * Lets the UI thread process pending events until {@code condition} holds; on time-out the failure says what
     * {@code seen} reports (read on the UI thread), so that a failure on a CI machine can be understood from its log.
     */
    public void waitUntil(Callable<Boolean> condition, Duration timeout, Callable<String> seen) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            rethrowFailure();
            if (Boolean.TRUE.equals(ui(condition))) {
                return;
            }
            Thread.sleep(50);
        }
        String state = ui(seen);
        throw new AssertionError("condition not met within " + timeout + (state.isEmpty() ? "" : ": " + state));
    }

    /**
     * Waits until {@code value} is {@code acceptable} (both on the UI thread) and has not changed for {@code still}:
     * GTK animates scrolling, so a row that has just come into view may still be moving when it is first visible,
     * and a click aimed at it then lands on another row.
     */
    public <T> T waitUntilStill(Callable<T> value, java.util.function.Predicate<T> acceptable, Duration still,
            Duration timeout) throws Exception {
        AtomicReference<T> last = new AtomicReference<>();
        long[] since = { System.nanoTime() };
        waitUntil(() -> {
            T now = value.call();
            if (!now.equals(last.get())) {
                last.set(now);
                since[0] = System.nanoTime();
                return false;
            }
            return acceptable.test(now) && System.nanoTime() - since[0] >= still.toNanos();
        }, timeout, () -> "not still and acceptable, last seen " + last.get());
        return last.get();
    }

    public Shell mainShell() throws Exception {
        return ui(() -> {
            MApplication app = application();
            if (app == null || app.getChildren().isEmpty()) {
                return null;
            }
            MWindow window = app.getChildren().get(0);
            return window.getWidget() instanceof Shell shell ? shell : null;
        });
    }

    /** Saves what the screen shows inside {@code control} as a PNG under the screenshot folder. */
    public Path screenshot(Control control, String name) throws Exception {
        Path folder = Path.of(System.getProperty("longarm.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        ui(() -> {
            while (display.readAndDispatch()) {
                // paint everything that is pending before reading the pixels back
            }
            Rectangle bounds = display.map(control.getParent(), null, control.getBounds());
            if (control instanceof Shell) {
                bounds = control.getBounds();
            }
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
            return null;
        });
        return file;
    }

    /**
     * Gives {@code control} the keyboard focus the way a user's click would: its shell is raised and activated (under
     * Xvfb without a window manager nothing else does), the pointer is moved over it, and the focus is set; waits
     * until the display reports it focused.
     */
    public void focus(Control control) throws Exception {
        org.eclipse.swt.graphics.Point centre = ui(() -> {
            control.getShell().forceActive();
            control.setFocus();
            Rectangle bounds = control.getBounds();
            return control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
        post(mouse(SWT.MouseMove, centre.x, centre.y, 0));
        waitUntil(() -> display.getFocusControl() == control && display.getActiveShell() == control.getShell(),
                Duration.ofSeconds(10));
    }

    /**
     * Types a key with modifiers as real key events through the X server (XTest, {@link Display#post}): each
     * modifier pressed, the key pressed and released, the modifiers released. The events reach whatever has the
     * focus, through the e4 key binding dispatcher like a user's keystroke. Call from the test thread: the UI thread
     * must be free to read them (each is posted from it, then it reads it).
     */
    public void typeKey(int modifiers, char key) throws Exception {
        List<Integer> pressed = new ArrayList<>();
        for (int modifier : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
            if ((modifiers & modifier) != 0) {
                pressed.add(modifier);
            }
        }
        for (int modifier : pressed) {
            post(key(SWT.KeyDown, modifier, '\0'));
        }
        post(key(SWT.KeyDown, 0, key));
        post(key(SWT.KeyUp, 0, key));
        for (int i = pressed.size() - 1; i >= 0; i--) {
            post(key(SWT.KeyUp, pressed.get(i), '\0'));
        }
    }

    /** Clicks the left mouse button at a point of the screen (real pointer events through XTest). */
    public void click(org.eclipse.swt.graphics.Point onScreen) throws Exception {
        post(mouse(SWT.MouseMove, onScreen.x, onScreen.y, 0));
        post(mouse(SWT.MouseDown, onScreen.x, onScreen.y, 1));
        post(mouse(SWT.MouseUp, onScreen.x, onScreen.y, 1));
    }

    private void post(Event event) throws Exception {
        // SWT/GTK moves the pointer only from the UI thread
        if (!ui(() -> display.post(event))) {
            throw new AssertionError("the X server refused the event " + event);
        }
        Thread.sleep(30);
        // let the UI thread read each event before the next, as with a human's timing
        ui(() -> {
            while (display.readAndDispatch()) {
                // dispatch what the event caused
            }
            return null;
        });
    }

    private static Event key(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        return event;
    }

    private static Event mouse(int type, int x, int y, int button) {
        Event event = new Event();
        event.type = type;
        event.x = x;
        event.y = y;
        event.button = button;
        return event;
    }

    @Override
    public void close() throws Exception {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> {
                MApplication app = application();
                if (app != null && app.getContext().get(IWorkbench.class) != null) {
                    app.getContext().get(IWorkbench.class).close();
                }
            });
        }
        if (!ended.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the workbench did not close within 60 s");
        }
        rethrowFailure();
    }

    private boolean mainShellVisible() throws Exception {
        Shell shell = mainShell();
        return shell != null && ui(() -> shell.isVisible());
    }

    private void rethrowFailure() {
        Throwable t = failure.get();
        if (t != null) {
            throw new AssertionError("the workbench failed: " + t, t);
        }
    }

    /** The application context the launcher would give, with the branding of Longarm's workbench product. */
    private static final class ProductContext implements IApplicationContext {
        private final Map<String, Object> arguments = new HashMap<>();
        private final Map<String, String> brandingProperties = new HashMap<>();
        private Bundle brandingBundle;
        private String application;
        private String name;

        ProductContext(String[] extraArgs) {
            String[] args = new String[extraArgs.length + 1];
            args[0] = "-clearPersistedState";
            System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
            arguments.put(IApplicationContext.APPLICATION_ARGS, args);
            int dot = PRODUCT_ID.lastIndexOf('.');
            IExtension extension = Platform.getExtensionRegistry()
                    .getExtension("org.eclipse.core.runtime.products", PRODUCT_ID);
            if (extension == null) {
                throw new IllegalStateException("product " + PRODUCT_ID + " is not in the test runtime");
            }
            brandingBundle = Platform.getBundle(PRODUCT_ID.substring(0, dot));
            for (IConfigurationElement product : extension.getConfigurationElements()) {
                application = product.getAttribute("application");
                name = product.getAttribute("name");
                for (IConfigurationElement property : product.getChildren("property")) {
                    brandingProperties.put(property.getAttribute("name"), property.getAttribute("value"));
                }
            }
        }

        @Override
        public Map<String, Object> getArguments() {
            return arguments;
        }

        @Override
        public void applicationRunning() {
            // no splash screen to take down
        }

        @Override
        public String getBrandingApplication() {
            return application;
        }

        @Override
        public String getBrandingName() {
            return name;
        }

        @Override
        public String getBrandingDescription() {
            return name;
        }

        @Override
        public String getBrandingId() {
            return PRODUCT_ID;
        }

        @Override
        public String getBrandingProperty(String key) {
            return brandingProperties.get(key);
        }

        @Override
        public Bundle getBrandingBundle() {
            return brandingBundle;
        }

        @Override
        public void setResult(Object result, IApplication app) {
            // E4Application returns its result from start()
        }
    }
}
