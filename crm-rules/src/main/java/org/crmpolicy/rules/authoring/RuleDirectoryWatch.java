package org.crmpolicy.rules.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.crmpolicy.rules.catalogue.RuleCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Supplier;

/**
 * Hot reload: watches a policy's rule directory and reloads the rule set when a DRL file or a decision table
 * ({@code .csv}, {@code .xlsx}) in it is created, changed or deleted. Started by {@code CrmPolicy.watchRuleDirectory(listener)}; nothing watches unless a host starts it.
 *
 * <p>One daemon thread blocks on the file system's {@link WatchService} (it does not poll). After a change it waits
 * until the directory has been quiet for {@link #QUIET_MILLIS} ms, so an editor's save or a copy of several files
 * leads to one reload. A rejected rule set is reported to the listener and the running one keeps serving.
 * {@link #close()} stops the thread. Thread-safe.
 */
public final class RuleDirectoryWatch implements AutoCloseable {

    /** How long the directory must be quiet after a change before the reload starts. */
    public static final long QUIET_MILLIS = 300;

    private static final Logger LOG = LoggerFactory.getLogger(RuleDirectoryWatch.class);

    /** Told about every reload the watch triggers. Called on the watch thread; keep it short. */
    public interface Listener {

        /** A changed rule set compiled and now serves. */
        default void reloaded(RuleCatalogue catalogue) {
        }

        /** A changed rule set was refused; the previous one keeps serving. */
        default void rejected(RuleSetRejectedException problems) {
        }
    }

    private final Supplier<RuleCatalogue> reload;
    private final Listener listener;
    private final WatchService watchService;
    private final Thread thread;

    /**
     * @param reload    reloads the rule set and returns the catalogue now serving, or throws
     *                  {@link RuleSetRejectedException}
     * @param directory the rule directory to watch
     * @param listener  told about every reload
     */
    public RuleDirectoryWatch(Supplier<RuleCatalogue> reload, Path directory, Listener listener) {
        this.reload = Objects.requireNonNull(reload, "reload");
        this.listener = Objects.requireNonNull(listener, "listener");
        try {
            this.watchService = FileSystems.getDefault().newWatchService();
            directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the rule directory " + directory, e);
        }
        this.thread = new Thread(this::run, "crm-policy-rule-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                boolean drl = drain(key);
                WatchKey more;
                while ((more = watchService.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drl |= drain(more);
                }
                if (drl) {
                    reload();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the watch ends
        }
    }

    private static boolean drain(WatchKey key) {
        boolean drl = key.pollEvents().stream()
                .anyMatch(e -> e.kind() == StandardWatchEventKinds.OVERFLOW || isRuleFile(String.valueOf(e.context())));
        key.reset();
        return drl;
    }

    /** A file the rule directory reads: DRL, or a decision table ({@code .csv}, {@code .xlsx}). */
    private static boolean isRuleFile(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return !n.startsWith("~$") && (n.endsWith(".drl") || n.endsWith(".csv") || n.endsWith(".xlsx"));
    }

    private void reload() {
        try {
            RuleCatalogue catalogue;
            try {
                catalogue = reload.get();
            } catch (RuleSetRejectedException e) {
                listener.rejected(e);
                return;
            }
            listener.reloaded(catalogue);
        } catch (RuntimeException e) {
            LOG.error("crm-policy rule directory watch: reload or listener failed; still watching", e);
        }
    }

    /** True while the watch thread runs. */
    public boolean isWatching() {
        return thread.isAlive();
    }

    /** Stops watching and waits for the watch thread to end. Idempotent. */
    @Override
    public void close() {
        try {
            watchService.close();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the rule directory watch", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
