package com.respondo.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The composition root of the sandbox: builds its parts once, from the properties, and hands Spring the few that are
 * beans (the {@link Sandbox} API, the tasks' lifecycle and the HTTP handlers).
 */
final class SandboxServer {

    private final Sandbox sandbox;
    private final SandboxTasks tasks;
    private final AtendimentoHandler atendimento;
    private final ControlHandler control;
    private final StateHolder states;
    private final AtendimentoApi api;
    private final Scheduler scheduler;
    private final SandboxClock clock;
    private final NewMessageStream stream;

    /** How often an open stream of new messages says it is alive. */
    private static final Duration STREAM_HEARTBEAT = Duration.ofSeconds(10);

    /** The sandbox, its clock ({@code respondo.sandbox.clock}) running off the given wall clock. */
    SandboxServer(SandboxProperties properties, Clock wall) {
        SandboxClock clock = SandboxClock.of(wall, properties.clock());
        this.clock = clock;
        JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("sandbox-durations").addDeserializer(Duration.class, new DurationText()))
            .build();
        Seeder seeder = Seeder.fromClasspath(json, properties.fixedIds());
        this.states = new StateHolder(Sandbox.freshState(seeder, clock, properties, properties.seed()));
        FaultInjector faults = new FaultInjector(properties.faults());
        AnswerRewrites rewrites = new AnswerRewrites();
        HeldCalls holds = new HeldCalls();
        HeldAutomations held = new HeldAutomations();
        NewMessageFeed feed = new NewMessageFeed();
        ConversationFactory factory = new ConversationFactory(feed);
        WireFormat wire = new WireFormat(properties.zone());
        MessageRowFactory messageRows = new MessageRowFactory(wire);
        this.stream = new NewMessageStream(states, feed, messageRows, json, clock, STREAM_HEARTBEAT);
        this.tasks = new SandboxTasks(states, factory, properties);
        AtomicReference<OpenMessages> openMessages = new AtomicReference<>(properties.openMessages());
        this.sandbox = new Sandbox(states, faults, rewrites, holds, held, tasks, factory, properties, seeder,
                clock, openMessages, stream);
        ConversationRowFactory conversationRows = new ConversationRowFactory(wire);
        ConversationWrites writes = new ConversationWrites(conversationRows,
                scheduled -> states.current().scheduled().add(scheduled));
        this.api = new AtendimentoApi(states, json, wire, held, List.of(writes, new ConversationLists(conversationRows),
                new MessageLists(messageRows, openMessages::get), new CompanyLists(wire),
                new Automations()));
        this.scheduler = Schedulers.newBoundedElastic(10 * Runtime.getRuntime().availableProcessors(), 100_000,
                "sandbox-tempbox", 60, true);
        this.atendimento = new AtendimentoHandler(api, faults, rewrites, holds, json, scheduler);
        this.control = new ControlHandler(sandbox, tasks, json);
    }

    Sandbox sandbox() {
        return sandbox;
    }

    SandboxClock clock() {
        return clock;
    }

    /** Stops the threads the Atendimento operations run on (the application context calls it when it closes). */
    public void close() {
        scheduler.dispose();
    }

    SandboxTasks tasks() {
        return tasks;
    }

    AtendimentoApi api() {
        return api;
    }

    AtendimentoHandler atendimento() {
        return atendimento;
    }

    NewMessageStream stream() {
        return stream;
    }

    ControlHandler control() {
        return control;
    }

    int conversationCount() {
        return states.current().companies().stream().mapToInt(Company::conversationCount).sum();
    }
}
