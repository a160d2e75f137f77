package machlab.launcher;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A Gogo {@code CommandSession}, reached by reflection: Gogo's classes live in the gogo.runtime bundle,
 * not on the launcher's class path, and the launcher must not need to share them.
 */
final class GogoSession implements AutoCloseable {

    /** {@code Converter.INSPECT}: the level Gogo's own console prints results at. */
    private static final int INSPECT = 0;

    private final Object session;
    private final Method execute;
    private final Method format;
    private final Method close;
    private final Method put;

    private GogoSession(Object session, Class<?> sessionType) throws ReflectiveOperationException {
        this.session = session;
        this.execute = sessionType.getMethod("execute", CharSequence.class);
        this.format = sessionType.getMethod("format", Object.class, int.class);
        this.close = sessionType.getMethod("close");
        this.put = sessionType.getMethod("put", String.class, Object.class);
    }

    /**
     * Opens a session on {@code processor}, a {@code CommandProcessor} service whose API classes
     * {@code loader} can load.
     */
    static GogoSession open(Object processor, ClassLoaderLike loader, InputStream in, PrintStream out,
            PrintStream err) throws ReflectiveOperationException {
        Class<?> processorType = loader.load("org.apache.felix.service.command.CommandProcessor");
        Class<?> sessionType = loader.load("org.apache.felix.service.command.CommandSession");
        Method create = processorType.getMethod("createSession", InputStream.class, java.io.OutputStream.class,
                java.io.OutputStream.class);
        return new GogoSession(create.invoke(processor, in, out, err), sessionType);
    }

    /** Loads a class the way a bundle does. */
    @FunctionalInterface
    interface ClassLoaderLike {
        Class<?> load(String name) throws ClassNotFoundException;
    }

    /**
     * Runs {@code program} (one line or a whole script).
     *
     * @return the value of its last command, or null
     * @throws Exception what the command threw
     */
    Object execute(CharSequence program) throws Exception {
        try {
            return execute.invoke(session, program);
        } catch (InvocationTargetException e) {
            throw unwrap(e);
        }
    }

    /** Text for {@code value} as Gogo's console would print it. */
    String format(Object value) throws Exception {
        try {
            Object text = format.invoke(session, value, INSPECT);
            return text == null ? "" : text.toString();
        } catch (InvocationTargetException e) {
            throw unwrap(e);
        }
    }

    /** Sets the session variable {@code name}, as {@code name = value} in the shell would. */
    void put(String name, Object value) throws Exception {
        try {
            put.invoke(session, name, value);
        } catch (InvocationTargetException e) {
            throw unwrap(e);
        }
    }

    private static Exception unwrap(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Exception ex) {
            return ex;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return e;
    }

    @Override
    public void close() {
        try {
            close.invoke(session);
        } catch (ReflectiveOperationException e) {
            // the session is gone with its bundle: nothing left to close
        }
    }
}
