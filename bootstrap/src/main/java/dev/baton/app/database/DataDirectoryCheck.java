package dev.baton.app.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * What must hold before the embedded PostgreSQL starts on a data directory, checked in the order a person would fix it:
 * the directory is writable; no other Baton uses it; a server left running by a Baton that died (SIGKILL, power
 * loss of the JVM only) is stopped cleanly; the chosen port is free. Each failure is a {@link StartRefusedException}
 * with one line that says what to do.
 *
 * <p>A live Baton holds zonky's lock file ({@value #LOCK_FILE}) in the data directory for as long as it runs, and the
 * operating system releases that lock when the process dies, however it dies. So a {@code postmaster.pid} whose server
 * is alive while nobody holds the lock can only belong to a Baton that is gone.
 */
final class DataDirectoryCheck {

    /** zonky's lock file, held by the JVM whose server runs on the directory. */
    static final String LOCK_FILE = "epg-lock";

    static final String PID_FILE = "postmaster.pid";

    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(DataDirectoryCheck.class);

    private DataDirectoryCheck() {}

    static void before(Path dataDirectory, int port) {
        writable(dataDirectory);
        notInUse(dataDirectory);
        stopOrphan(dataDirectory);
        if (port > 0) {
            portFree(port);
        }
    }

    private static void writable(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            Files.delete(Files.createTempFile(dataDirectory, ".baton-write-check", ""));
        } catch (IOException | SecurityException e) {
            throw new StartRefusedException("The data directory " + dataDirectory
                    + " cannot be created or written (" + reason(e)
                    + "): give this user write access to it, or set BATON_DATA_DIR to another directory.");
        }
    }

    private static void notInUse(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDirectory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        } catch (IOException e) {
            throw new StartRefusedException(
                    "The lock file " + lockFile + " cannot be opened (" + reason(e) + "): check its permissions.");
        }
    }

    private static StartRefusedException inUse(Path dataDirectory) {
        return new StartRefusedException("Another Baton is already running on the data directory " + dataDirectory
                + ": stop it first, or give this one its own BATON_DATA_DIR.");
    }

    /** Stops the server of a Baton that died without stopping it, the way its own Baton would have: cleanly. */
    private static void stopOrphan(Path dataDirectory) {
        Optional<ProcessHandle> orphan = postmaster(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle server = orphan.get();
        Optional<String> command = server.info().command();
        if (command.isPresent() && !command.get().contains("postgres")) {
            // The PID was handed to another program since; PostgreSQL would take the stale file for a live server.
            LOG.infof("Removing the stale %s of %s: PID %d is now %s", PID_FILE, dataDirectory, server.pid(), command);
            delete(dataDirectory.resolve(PID_FILE));
            return;
        }
        LOG.warnf(
                "The embedded PostgreSQL (PID %d) of a Baton that did not stop is still running on %s: stopping it"
                        + " cleanly before starting again",
                server.pid(), dataDirectory);
        // SIGTERM is PostgreSQL's smart shutdown: it writes a checkpoint; the dead Baton's connections are gone.
        server.destroy();
        try {
            server.onExit().get(ORPHAN_STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new StartRefusedException("The PostgreSQL server (PID " + server.pid() + ") left running on "
                    + dataDirectory + " did not stop within " + ORPHAN_STOP_WAIT.toSeconds()
                    + " s: stop it, then start Baton again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartRefusedException(
                    "Interrupted while stopping the PostgreSQL server left on " + dataDirectory);
        }
    }

    /** The live process named by the data directory's {@code postmaster.pid}, if there is one. */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.getLocalPort();
        } catch (IOException e) {
            throw new StartRefusedException("Port " + port
                    + " for the embedded PostgreSQL (BATON_EMBEDDED_DB_PORT) is taken by another program: free it,"
                    + " or choose another port.");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StartRefusedException("The stale " + file + " cannot be removed (" + reason(e) + ").");
        }
    }

    private static String reason(Exception e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
