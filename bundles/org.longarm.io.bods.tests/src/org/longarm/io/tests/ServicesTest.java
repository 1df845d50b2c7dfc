package org.longarm.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.longarm.core.io.InputFormat;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The three formats are registered as OSGi Declarative Services components, as a third party's would be. */
class ServicesTest {

    @Test
    void formatsAreRegisteredAsServices() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ServicesTest.class).getBundleContext();
        assertNotNull(context, "the tests run inside OSGi");
        Map<String, Integer> ranks = new TreeMap<>();
        long deadline = System.currentTimeMillis() + 20_000;
        while (ranks.size() < 3 && System.currentTimeMillis() < deadline) {
            ranks.clear();
            for (ServiceReference<InputFormat> reference : context.getServiceReferences(InputFormat.class, null)) {
                InputFormat format = context.getService(reference);
                if (format != null) {
                    ranks.put(format.id(), format.rank());
                    assertEquals(format.id(), reference.getProperty("format.id"));
                    context.ungetService(reference);
                }
            }
            if (ranks.size() < 3) {
                Thread.sleep(100);
            }
        }
        assertEquals(Map.of("bods", 10, "inventory", 30, "products", 20), ranks);
    }
}
