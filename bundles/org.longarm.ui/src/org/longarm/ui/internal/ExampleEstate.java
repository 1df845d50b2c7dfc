package org.longarm.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The example estate shipped with the workbench: the repository's examples/uk-estate, copied in by the build (pom.xml). */
public final class ExampleEstate {

    private static final List<String> FILES = List.of("ownership.json", "products.csv", "inventory.csv");

    private ExampleEstate() {
    }

    /** The example's files: {@code -Dlongarm.examples=DIR} if given, else those inside this bundle. */
    public static List<Path> files() {
        String configured = System.getProperty("longarm.examples");
        Path dir = null;
        if (configured != null) {
            dir = Path.of(configured);
        } else {
            Bundle bundle = FrameworkUtil.getBundle(ExampleEstate.class);
            URL entry = bundle == null ? null : bundle.getEntry("examples/uk-estate/");
            if (entry != null) {
                try {
                    URL file = FileLocator.toFileURL(entry);
                    dir = Path.of(file.getPath());
                    for (String name : FILES) { // unpack each file when the bundle is a jar
                        FileLocator.toFileURL(bundle.getEntry("examples/uk-estate/" + name));
                    }
                } catch (IOException e) {
                    Log.error("cannot unpack the example estate", e);
                }
            }
        }
        if (dir == null) {
            return List.of();
        }
        Path folder = dir;
        List<Path> files = FILES.stream().map(folder::resolve).filter(Files::isReadable).toList();
        return files.size() == FILES.size() ? files : List.of();
    }
}
