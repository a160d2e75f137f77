package machlab.shelltest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A lab running in its own JVM ({@code java -jar machlab.jar}, no wrapper script: the process is the JVM
 * itself), fed commands one line at a time while it runs, and killable with SIGKILL as {@code kill -9} would.
 */
final class RunningLab implements AutoCloseable {

    private final Process process;
    private final OutputStream stdin;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();

    private RunningLab(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        pump(process.getInputStream(), out);
        pump(process.getErrorStream(), err);
    }

    /** Starts a lab with its bundle cache under {@code home} and the JVM options {@code jvm} (-D...). */
    static RunningLab start(Path home, String... jvm) throws IOException {
        return new RunningLab(new ProcessBuilder(LabProcess.command(home, List.of(jvm))).start());
    }


    private static void pump(InputStream in, StringBuffer into) {
        Thread t = new Thread(() -> {
            byte[] b = new byte[8192];
            try {
                int n;
                while ((n = in.read(b)) > 0) {
                    into.append(new String(b, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process died: what it printed is in the buffer
            }
        });
        t.setDaemon(true);
        t.start();
    }

    /** Types {@code lines} into the lab's shell. */
    void type(String lines) throws IOException {
        stdin.write(lines.getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** Waits until the lab has printed {@code text}. */
    void await(String text, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (out.indexOf(text) < 0) {
            if (!process.isAlive()) {
                throw new AssertionError("the lab exited before printing '" + text + "'\nout:\n" + out + "\nerr:\n" + err);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the lab did not print '" + text + "' within " + seconds + " s\nout:\n" + out
                        + "\nerr:\n" + err);
            }
            Thread.sleep(5);
        }
    }

    /** The JVM's process: the command it runs is java itself, not a script around it. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** SIGKILL, as {@code kill -9 PID}: no shutdown hook, no finally, no close. Returns the exit status. */
    int kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the lab did not die within 30 s of SIGKILL");
        }
        return process.exitValue();
    }

    /** Ends the input (Ctrl-D) and waits for the lab to exit; returns its status. */
    int exit() throws IOException, InterruptedException {
        stdin.close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the lab did not exit within 120 s\nout:\n" + out + "\nerr:\n" + err);
        }
        return process.exitValue();
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
