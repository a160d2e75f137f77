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
                  help                 list the commands; 'help lab:bundles' explains one
                  lab:bundles          which parts of the lab are here
                  exit or Ctrl-D       leave the lab
                """.formatted(version).stripTrailing();
    }
}
