package org.longarm.core.analysis;

import java.util.List;

import org.longarm.core.graph.DeviceRecord;

/**
 * The verdict on one device and the actions the policy asks for.
 *
 * @param device the device and its site
 * @param installed whether it is installed at the as-of date
 * @param verdict the worse of its brand owner's and its manufacturer's verdicts
 * @param reasons reason codes: {@code MANUFACTURED_BY} or {@code BRAND_OWNED_BY}, then the deciding entity's
 * @param actions the policy's actions
 * @param productLineKey the product line that matched, or null
 * @param brandOwnerKey the brand owner, or null
 * @param manufacturerKey the manufacturer, or null
 * @param relation own, OEM or ODM, or null
 * @param path the evidence path: the deciding entity's main path, then the hop to the device's product line
 * @param notes explanations in words
 */
public record DeviceVerdict(DeviceRecord device, boolean installed, Verdict verdict, List<String> reasons,
        List<String> actions, String productLineKey, String brandOwnerKey, String manufacturerKey, String relation,
        List<Hop> path, List<String> notes) {

    public DeviceVerdict {
        reasons = List.copyOf(reasons);
        actions = List.copyOf(actions);
        path = List.copyOf(path);
        notes = List.copyOf(notes);
    }
}
