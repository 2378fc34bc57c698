package com.respondo.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The sandbox's own clockwork, on one daemon thread: delivers due scheduled messages (AgendarMensagem) and, when
 * enabled, runs the generator of customer messages. Starts and stops with the application context.
 */
final class SandboxTasks implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SandboxTasks.class);

    private final StateHolder states;
    private final ConversationFactory factory;
    private final Duration deliveryInterval;
    private final SandboxProperties.Generator generatorDefaults;
    private @Nullable ScheduledExecutorService executor;
    private @Nullable ScheduledFuture<?> generator;
    private volatile GeneratorSettings settings;

    /** The generator's current settings (they change at run time). */
    record GeneratorSettings(boolean enabled, double messagesPerMinute, double newConversationShare,
            int maxOpenConversations, double silentShare) {

        static GeneratorSettings of(SandboxProperties.Generator properties) {
            return new GeneratorSettings(properties.enabled(), properties.messagesPerMinute(),
                    properties.newConversationShare(), properties.maxOpenConversations(), properties.silentShare());
        }
    }

    SandboxTasks(StateHolder states, ConversationFactory factory, SandboxProperties properties) {
        this.states = states;
        this.factory = factory;
        this.deliveryInterval = properties.deliveryInterval();
        this.generatorDefaults = properties.generator();
        this.settings = GeneratorSettings.of(properties.generator());
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-tasks");
            thread.setDaemon(true);
            return thread;
        });
        long period = deliveryInterval.toMillis();
        executor.scheduleWithFixedDelay(guarded(this::deliverDue), period, period, TimeUnit.MILLISECONDS);
        scheduleGenerator();
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
            generator = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    GeneratorSettings generatorSettings() {
        return settings;
    }

    synchronized void generator(boolean enabled, double messagesPerMinute) {
        if (!(messagesPerMinute > 0)) {
            throw new IllegalArgumentException("messagesPerMinute must be positive");
        }
        settings = new GeneratorSettings(enabled, messagesPerMinute, settings.newConversationShare(),
                settings.maxOpenConversations(), settings.silentShare());
        scheduleGenerator();
    }

    synchronized void resetGenerator() {
        settings = GeneratorSettings.of(generatorDefaults);
        scheduleGenerator();
    }

    /** Adds {@code count} generated customer messages now, spread over the companies. */
    List<SeededConversation> generate(int count) {
        SandboxState state = states.current();
        List<Company> companies = state.companies();
        GeneratorSettings current = settings;
        return IntStream.range(0, count)
            .mapToObj(index -> factory.generated(companies.get(ThreadLocalRandom.current().nextInt(companies.size())),
                    ThreadLocalRandom.current(), current.newConversationShare(), current.maxOpenConversations(),
                    current.silentShare(), state.now()))
            .toList();
    }

    /** Delivers the scheduled messages that are due; answers how many were delivered. */
    int deliverDue() {
        SandboxState state = states.current();
        int delivered = 0;
        for (ScheduledMessages.Scheduled due : state.scheduled().takeDue(state.now())) {
            Company company = state.byEmpresa(due.empresa()).orElse(null);
            Conversation conversation = company == null ? null : company.byId(due.atendimento()).orElse(null);
            if (conversation == null || !conversation.open()) {
                continue;
            }
            try {
                company.append(conversation, due.atendente(), due.text(), state.now());
                company.occur(Operation.AgendarMensagem.name(), "Mensagem agendada entregue", conversation.id(),
                        state.now());
                delivered++;
            }
            catch (OperationException closedMeanwhile) {
                // closed between the check and the append: a scheduled message for a closed conversation is dropped
            }
        }
        return delivered;
    }

    private void scheduleGenerator() {
        if (generator != null) {
            generator.cancel(false);
            generator = null;
        }
        GeneratorSettings current = settings;
        if (executor == null || !current.enabled()) {
            return;
        }
        long periodMicros = Math.max(1, (long) (60_000_000 / current.messagesPerMinute()));
        generator = executor.scheduleAtFixedRate(guarded(() -> generate(1)), periodMicros, periodMicros,
                TimeUnit.MICROSECONDS);
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            }
            catch (RuntimeException ex) {
                log.warn("Sandbox task failed", ex);
            }
        };
    }
}
