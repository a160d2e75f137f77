package machlab.vm.scenario;

import java.util.List;

/** The programs a scenario's threads can run. */
final class Programs {

    static final String PAGEOUT = "pageout";
    static final String DEFAULT_PAGER = "default-pager";
    static final String DISK_SERVER = "disk-server";
    static final String COMPETITOR = "competitor";

    static final List<String> NAMES = List.of(PAGEOUT, DEFAULT_PAGER, DISK_SERVER, COMPETITOR);

    private Programs() {
    }
}
