package machlab.shell;

import java.lang.reflect.Proxy;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/** Bundles that answer only what the shell asks: name, id, version and state. */
final class FakeBundles {

    private FakeBundles() {
    }

    static Bundle bundle(long id, String name, String version, int state) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> name;
                    case "getBundleId" -> id;
                    case "getVersion" -> Version.parseVersion(version);
                    case "getState" -> state;
                    case "toString" -> name + " [" + id + "]";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
