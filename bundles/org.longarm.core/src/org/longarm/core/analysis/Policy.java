package org.longarm.core.analysis;

import java.util.List;

import org.longarm.core.graph.DeviceRecord;

/** Turns a device's verdict and the facts about its site into actions. Registered as an OSGi service. */
public interface Policy {

    /** A stable id, e.g. {@code uk-sensitive-sites-2022}. */
    String id();

    /** A name for people. */
    String name();

    /** The policy's version. */
    String version();

    /**
     * The actions for one device, in a stable order; empty when none is needed.
     *
     * @param verdict the device's verdict
     * @param device the device and its site
     * @param installed whether the device is installed at the as-of date (false for planned devices)
     */
    List<String> actions(Verdict verdict, DeviceRecord device, boolean installed);
}
