package org.longarm.batch.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.LongarmDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "server", mixinStandardHelpOptions = true,
        description = { "Starts, stops or reports the embedded Neo4j database (loopback only, generated credentials).",
                "Commands start it by themselves when it is not running, share it, and the last of them stops it as it",
                "ends; a server started here keeps running for later commands until 'longarm server stop'.",
                "Exit codes: 0 done (status: running), 1 status: not running, 3 failure." })
final class ServerCommand implements Callable<Integer> {

    enum Action { start, stop, status }

    @Parameters(paramLabel = "start|stop|status", description = "What to do.")
    Action action;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LongarmDatabase.Options options = common.databaseOptions();
        if (options.server() != null) {
            throw new UsageException("the embedded server is not used when a Neo4j URI is configured ("
                    + options.server().uri() + ")");
        }
        var out = spec.commandLine().getOut();
        Optional<EmbeddedNeo4j> running = EmbeddedNeo4j.running(options.dataDir());
        switch (action) {
        case start -> {
            EmbeddedNeo4j server = running.orElseGet(() -> EmbeddedNeo4j.start(options.dataDir(),
                    EmbeddedNeo4j.defaultRuntime(), options.resources(), true, Duration.ofMinutes(3)));
            out.printf("Neo4j %s on bolt://127.0.0.1:%d (pid %d), data in %s%n",
                    running.isPresent() ? "already running" : "started", server.port(), server.pid(), server.home());
            if (server.stopsWithLastUser()) {
                out.println("It was started by a command that is still running, and stops when the last such command"
                        + " ends; run 'longarm server start' again then to keep one running.");
            }
        }
        case stop -> {
            if (running.isEmpty()) {
                out.println("Neo4j is not running for " + options.dataDir());
            } else {
                running.get().stop();
                out.println("Neo4j stopped (data in " + running.get().home() + ")");
            }
        }
        case status -> {
            if (running.isEmpty()) {
                out.println("Neo4j is not running for " + options.dataDir());
                return LongarmCommand.ACTION_NEEDED;
            }
            out.printf("Neo4j running on bolt://127.0.0.1:%d (pid %d), data in %s%n", running.get().port(),
                    running.get().pid(), running.get().home());
        }
        }
        return LongarmCommand.OK;
    }
}
