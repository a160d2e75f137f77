package machlab.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;

/**
 * What {@code lab:bundles} reports: every platform bundle with its state, then any other
 * {@code machlab.*} bundle installed (a user's own analyzer, say).
 *
 * @param bundles one status per bundle, platform bundles first
 */
public record PlatformReport(List<BundleStatus> bundles) implements Report {

    public PlatformReport {
        bundles = List.copyOf(bundles);
    }

    /** Builds the report from the bundles installed in the framework. */
    public static PlatformReport of(Bundle[] installed) {
        Map<String, Bundle> byName = new LinkedHashMap<>();
        for (Bundle b : installed) {
            String name = b.getSymbolicName();
            if (name != null && name.startsWith("machlab.")) {
                byName.merge(name, b, (old, neu) -> old.getState() == Bundle.ACTIVE ? old : neu);
            }
        }
        List<BundleStatus> rows = new ArrayList<>();
        for (PlatformBundle p : PlatformBundle.ALL) {
            Bundle b = byName.remove(p.name());
            if (b == null) {
                rows.add(new BundleStatus(p.name(), -1, "", "MISSING", "not installed: " + p.consequence()));
            } else {
                String state = stateName(b.getState());
                String note = b.getState() == Bundle.ACTIVE ? p.role() : "not active: " + p.consequence();
                rows.add(new BundleStatus(p.name(), b.getBundleId(), b.getVersion().toString(), state, note));
            }
        }
        for (Bundle b : byName.values()) {
            rows.add(new BundleStatus(b.getSymbolicName(), b.getBundleId(), b.getVersion().toString(),
                    stateName(b.getState()), "not part of the platform (installed by a user)"));
        }
        return new PlatformReport(rows);
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    /** Number of platform bundles that are installed and active. */
    public long activeCount() {
        return bundles.stream().limit(PlatformBundle.ALL.size()).filter(BundleStatus::active).count();
    }

    @Override
    public String render() {
        StringBuilder b = new StringBuilder(String.format("%-18s %4s %-22s %-9s %s%n", "BUNDLE", "ID", "VERSION",
                "STATE", "NOTE"));
        for (BundleStatus s : bundles) {
            b.append(String.format("%-18s %4s %-22s %-9s %s%n", s.name(), s.id() < 0 ? "-" : Long.toString(s.id()),
                    s.version().isEmpty() ? "-" : s.version(), s.state(), s.note()));
        }
        b.append(activeCount()).append(" of ").append(PlatformBundle.ALL.size()).append(" platform bundles active");
        return b.toString();
    }
}
