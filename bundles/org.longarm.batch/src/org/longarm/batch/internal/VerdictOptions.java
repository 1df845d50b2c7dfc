package org.longarm.batch.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.LawPackSettings;
import org.longarm.core.analysis.Policy;
import org.longarm.core.plugins.Contributions;

import picocli.CommandLine.Option;

/** The date, law pack and policy a verdict is computed with. */
final class VerdictOptions {

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date verdicts hold for (YYYY-MM-DD); default today.")
    String asOf;

    @Option(names = "--sar-in-scope", description = "Treat the law pack's special administrative regions (HK, MO) as in scope.")
    boolean sarInScope;

    @Option(names = "--law-pack", paramLabel = "ID", description = "The law pack to apply; default the first installed (prc-nil).")
    String lawPackId;

    @Option(names = "--policy", paramLabel = "ID", description = "The policy for devices; default the first installed (uk-sensitive-sites-2022).")
    String policyId;

    LocalDate asOfDate() {
        if (asOf == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of: '" + asOf + "' is not a date YYYY-MM-DD");
        }
    }

    LawPack lawPack() {
        return Contributions.lawPack(lawPackId).orElseThrow(() -> lawPackId == null
                ? new IllegalStateException("no law pack is installed")
                : new UsageException("--law-pack: no law pack '" + lawPackId + "'; installed: "
                        + Contributions.lawPacks().stream().map(LawPack::id).collect(Collectors.joining(", "))));
    }

    LawPackSettings settings(LawPack lawPack) {
        return lawPack.defaultSettings().withSpecialRegionsInScope(sarInScope);
    }

    Policy policy() {
        return Contributions.policy(policyId).orElseThrow(() -> policyId == null
                ? new IllegalStateException("no policy is installed")
                : new UsageException("--policy: no policy '" + policyId + "'; installed: "
                        + Contributions.policies().stream().map(Policy::id).collect(Collectors.joining(", "))));
    }
}
