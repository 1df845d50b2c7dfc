package org.longarm.core.graph;

import java.time.LocalDate;

import org.longarm.model.SiteSensitivity;

/**
 * One device of the estate with the facts about its site that policies look at.
 *
 * @param assetId the device's asset id
 * @param siteKey its site's id
 * @param siteName its site's name
 * @param sensitivity the site's sensitivity
 * @param connectedToCoreNetwork whether the device is connected to the core network
 * @param brandKey its brand's key
 * @param brandName its brand as written
 * @param model its model
 * @param installed when it was installed, or null for a planned device
 */
public record DeviceRecord(String assetId, String siteKey, String siteName, SiteSensitivity sensitivity,
        boolean connectedToCoreNetwork, String brandKey, String brandName, String model, LocalDate installed) {
}
