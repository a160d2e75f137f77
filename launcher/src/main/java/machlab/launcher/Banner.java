package machlab.launcher;

import java.util.Optional;

/** What the interactive shell greets a person with. */
final class Banner {

    private Banner() {
    }

    static String text() {
        String version = Optional.ofNullable(Banner.class.getPackage().getImplementationVersion()).orElse("dev");
        return """
                Machlab %s - a lab for kernel deadlocks (models GNU Mach master 40166870)
                The seed case is booted (defpager-wire-deadlock, bug-hurd 2026-03-18). Try:
                  lab:run --tries 20            random schedules until the default pager hangs
                  lab:ddb 'x /x $map21,4'       break in: the map lock as the mail dumped it
                  lab:ddb                       a db> prompt; 'continue' leaves it
                  help                 list the commands; 'help lab:run' explains one
                  lab:bundles          which parts of the lab are here
                  exit or Ctrl-D       leave the lab
                """.formatted(version).stripTrailing();
    }
}
