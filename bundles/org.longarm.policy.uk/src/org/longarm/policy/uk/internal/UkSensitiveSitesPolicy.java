package org.longarm.policy.uk.internal;

import java.util.ArrayList;
import java.util.List;

import org.longarm.core.analysis.Policy;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.graph.DeviceRecord;
import org.longarm.model.SiteSensitivity;

/**
 * The UK government's November 2022 instruction on visual surveillance systems at sensitive sites: cease deploying
 * SUBJECT equipment on sensitive sites, keep it off core networks, consider removing it rather than waiting for
 * upgrades, and consider the same for standard sites.
 */
public final class UkSensitiveSitesPolicy implements Policy {

    @Override
    public String id() {
        return "uk-sensitive-sites-2022";
    }

    @Override
    public String name() {
        return "UK sensitive sites (November 2022)";
    }

    @Override
    public String version() {
        return "2022.11";
    }

    @Override
    public List<String> actions(Verdict verdict, DeviceRecord device, boolean installed) {
        List<String> actions = new ArrayList<>(2);
        switch (verdict) {
        case SUBJECT -> {
            if (device.sensitivity() == SiteSensitivity.SENSITIVE) {
                actions.add(installed ? "REMOVE" : "CEASE_DEPLOYMENT");
            } else {
                actions.add("CONSIDER_MITIGATION");
            }
            if (device.connectedToCoreNetwork()) {
                actions.add("DISCONNECT_FROM_CORE_NETWORK");
            }
        }
        case EXPOSED -> actions.add("REVIEW");
        case UNKNOWN -> actions.add("INVESTIGATE");
        case CLEAR -> {
            // no action
        }
        }
        return actions;
    }
}
