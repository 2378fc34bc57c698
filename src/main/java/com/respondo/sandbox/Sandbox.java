package com.respondo.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * The Java control API of the TempBox sandbox, for tests and benchmarks in the same JVM (the same is served over HTTP
 * under {@code /sandbox/tempbox/_sandbox}): the record of what was posted, call counts, fault knobs, reset, and ways
 * to create work for the worker.
 */
public final class Sandbox {

    private final StateHolder states;
    private final FaultInjector faults;
    private final AnswerRewrites rewrites;
    private final HeldCalls holds;
    private final HeldAutomations held;
    private final SandboxTasks tasks;
    private final ConversationFactory factory;
    private final SandboxProperties properties;
    private final Seeder seeder;
    private final SandboxClock clock;
    private final AtomicReference<OpenMessages> openMessages;
    private final NewMessageStream stream;

    Sandbox(StateHolder states, FaultInjector faults, AnswerRewrites rewrites, HeldCalls holds, HeldAutomations held,
            SandboxTasks tasks, ConversationFactory factory, SandboxProperties properties, Seeder seeder,
            SandboxClock clock, AtomicReference<OpenMessages> openMessages, NewMessageStream stream) {
        this.stream = stream;
        this.held = held;
        this.states = states;
        this.faults = faults;
        this.rewrites = rewrites;
        this.holds = holds;
        this.tasks = tasks;
        this.factory = factory;
        this.properties = properties;
        this.seeder = seeder;
        this.clock = clock;
        this.openMessages = openMessages;
    }

    static SandboxState freshState(Seeder seeder, Clock clock, SandboxProperties properties, boolean seed) {
        SandboxState state = new SandboxState(seeder.profiles(), clock, properties.recordCapacity());
        if (seed) {
            seeder.seedConversations(state);
        }
        return state;
    }

    /** The seeded companies with their GUIDs and sandbox tokens. */
    public List<SandboxCompany> companies() {
        return states.current().companies().stream().map(company -> company.profile().describe()).toList();
    }

    /** One company by its slug ({@code loja-aurora}, {@code clinica-sorriso}). */
    public SandboxCompany company(String id) {
        return companies().stream()
            .filter(company -> company.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no sandbox company '" + id + "'"));
    }

    /** Every retained entry of the record of posted calls, oldest first. */
    public List<PostedCall> record() {
        return record(0);
    }

    /** The retained entries with a sequence number above {@code after}, oldest first. */
    public List<PostedCall> record(long after) {
        return states.current().record().after(after);
    }

    /** The number of calls per operation (wire name), reads included, since start-up or the last reset. */
    public Map<String, Long> calls() {
        return states.current().record().calls();
    }

    public long calls(String operation) {
        return calls().getOrDefault(operation, 0L);
    }

    public SandboxFaults faults() {
        return faults.faults();
    }

    /** Replaces the fault knobs; they apply to the calls that arrive from now on. */
    public void faults(SandboxFaults replacement) {
        faults.faults(replacement);
    }

    /** The form and order of ListarMensagensEmAberto's rows in force. */
    public OpenMessages openMessages() {
        return openMessages.get();
    }

    /** Replaces the form and order of ListarMensagensEmAberto's rows; they apply to the calls that arrive from now on. */
    public void openMessages(OpenMessages replacement) {
        openMessages.set(Objects.requireNonNull(replacement, "replacement"));
    }

    /**
     * From now on, every read of this conversation ({@code ListarMensagensAtendimento},
     * {@code ListarMensagensAtendimentoChat}, {@code Consultar}) answers with the fault, whatever the other knobs say;
     * null: normally again. Until the next reset.
     */
    public void conversationFault(UUID atendimento, @Nullable ConversationFault fault) {
        Conversation conversation = states.current().companyOf(atendimento)
            .flatMap(company -> company.byId(atendimento))
            .orElseThrow(() -> new IllegalArgumentException("no sandbox conversation " + atendimento));
        faults.conversationFault(atendimento.toString(), conversation.hash().toString(), fault);
    }

    /**
     * Makes TempBox's automations ({@code ProcessarOcorrenciaRespostaInicialBotIa}, {@code ResponderMensagemBot},
     * {@code ResponderMensagemIa}, {@code ColetarDadosIa}, ...) asynchronous (true): each call is accepted at once and
     * its work waits for {@link #releaseAutomations()}; false: they work at once again (what is queued stays queued).
     * Until the next reset.
     */
    public void holdAutomations(boolean hold) {
        held.holding(hold);
    }

    /** Does the work of the automation calls held so far, oldest first; answers how many calls it was. */
    public int releaseAutomations() {
        return held.release();
    }

    /**
     * From now on, rewrites the body of every successful answer of the operation (wire name) before it is sent: the
     * JSON as built in, whatever the test wants TempBox to answer out (invalid JSON, odd rows...). Until the next
     * reset. For tests in the same JVM only.
     */
    public void rewriteAnswers(String operation, UnaryOperator<String> rewrite) {
        rewrites.put(Operation.named(operation)
            .orElseThrow(() -> new IllegalArgumentException("unknown operation '" + operation + "'")), rewrite);
    }

    /**
     * Holds the next call of the operation (wire name) before handling it, until the returned hold is released: a
     * TempBox call that takes as long as the test wants, the others going on meanwhile. A reset releases the holds
     * no call took yet. For tests in the same JVM only.
     */
    public HeldCall holdNext(String operation) {
        return holds.holdNext(Operation.named(operation)
            .orElseThrow(() -> new IllegalArgumentException("unknown operation '" + operation + "'")));
    }

    /**
     * Back to start-up: a fresh state (seeded as configured: the demo conversations with new GUIDs unless
     * {@code fixed-ids}), empty record, configured faults, form of ListarMensagensEmAberto, generator and clock.
     */
    public void reset() {
        reset(properties.seed());
    }

    /** Like {@link #reset()}, choosing whether the demo conversations are seeded. */
    public void reset(boolean seed) {
        clock.reset();
        states.replace(freshState(seeder, clock, properties, seed));
        faults.faults(properties.faults());
        openMessages.set(properties.openMessages());
        faults.clearConversationFaults();
        held.clear();
        rewrites.clear();
        holds.clear();
        tasks.resetGenerator();
        stream.refuse(false);
    }

    /** How many streams of {@code ObterNovasMensagensChatSiteSse} are open now. */
    public int openStreams() {
        return stream.open();
    }

    /** Ends every open stream of {@code ObterNovasMensagensChatSiteSse}, as a lost connection would; answers how many. */
    public int dropStreams() {
        return stream.drop();
    }

    /**
     * Refuses (true: HTTP 503, the open streams dropped) or serves again (false) the streams of
     * {@code ObterNovasMensagensChatSiteSse}. Until the next reset.
     */
    public void refuseStreams(boolean refuse) {
        stream.refuse(refuse);
    }

    /**
     * Adds {@code count} conversations waiting for the bot's answer: owned by the bot, newest message from the customer,
     * written {@code age} ago.
     */
    public List<SeededConversation> seedWaitingConversations(UUID empresa, int count, Duration age) {
        return seed(empresa, count, age, true);
    }

    /** Adds {@code count} conversations nobody started: no owner, one customer message written {@code age} ago. */
    public List<SeededConversation> seedNewConversations(UUID empresa, int count, Duration age) {
        return seed(empresa, count, age, false);
    }

    /** Opens a conversation nobody started, with these customer messages, the last written {@code age} ago. */
    public SeededConversation openConversation(UUID empresa, String customerName, int plataforma, Duration age,
            String... customerMessages) {
        SandboxState state = states.current();
        return factory.open(state.company(empresa), customerName, plataforma, state.now().minus(age),
                List.of(customerMessages));
    }

    /**
     * Opens another conversation of the customer of an existing one (same {@code ReferenteSolicitante}), nobody
     * started, its last message written {@code age} ago: the customer's history, as {@code ListarMeusAtendimentos}
     * lists it.
     */
    public SeededConversation openConversationOfSameCustomer(UUID atendimento, Duration age,
            String... customerMessages) {
        SandboxState state = states.current();
        Company company = companyOf(state, atendimento);
        Conversation existing = company.byId(atendimento).orElseThrow();
        return factory.open(company, existing.customer(), existing.view().plataforma(), state.now().minus(age),
                List.of(customerMessages));
    }

    /** The customer of a conversation writes a new message now (reopening it when closed). */
    public SeededConversation customerWrites(UUID atendimento, String text) {
        return customerWrites(atendimento, text, Duration.ZERO);
    }

    /**
     * The customer of a conversation writes a new message, {@code age} ago (after the conversation's newest
     * message, or the conversation's order and its messages' times disagree); a closed conversation is reopened by it.
     */
    public SeededConversation customerWrites(UUID atendimento, String text, Duration age) {
        SandboxState state = states.current();
        Company company = companyOf(state, atendimento);
        return factory.followUp(company, company.byId(atendimento).orElseThrow(), text, state.now().minus(age));
    }

    /**
     * An attendant of the company (a human, usually) writes in an open conversation, {@code age} ago, without taking
     * it, as {@code EnviarMensagem} by that attendant would: the owner stays whoever it was. Answers the conversation
     * with the attendant's message as its {@code mensagem}.
     */
    public SeededConversation attendantWrites(UUID atendimento, UUID attendant, String text, Duration age) {
        SandboxState state = states.current();
        Company company = companyOf(state, atendimento);
        if (company.profile().attendant(attendant).isEmpty()) {
            throw new IllegalArgumentException("no attendant " + attendant + " in the conversation's company");
        }
        return factory.attendantWrites(company, company.byId(atendimento).orElseThrow(), attendant, text,
                state.now().minus(age));
    }

    /**
     * An attendant of the company (a human, usually) takes the conversation and closes it now, as that person's
     * {@code EncerrarAtendimento} would: the attendant becomes its owner and it is no longer open.
     */
    public void attendantCloses(UUID atendimento, UUID attendant) {
        SandboxState state = states.current();
        Company company = companyOf(state, atendimento);
        if (company.profile().attendant(attendant).isEmpty()) {
            throw new IllegalArgumentException("no attendant " + attendant + " in the conversation's company");
        }
        Conversation conversation = company.byId(atendimento).orElseThrow();
        conversation.forward(attendant, state.now());
        company.close(conversation, attendant, state.now());
    }

    /**
     * The sandbox clock, which the worker follows in the sandbox profile: {@link SandboxClock#advance} moves time
     * forward for the sandbox's conversations and the worker's decisions alike (until the next reset).
     */
    public SandboxClock clock() {
        return clock;
    }

    /** Turns the generator of customer messages on or off, at the given rate. */
    public void generator(boolean enabled, double messagesPerMinute) {
        tasks.generator(enabled, messagesPerMinute);
    }

    /** Adds {@code count} generated customer messages now (new conversations and follow-ups). */
    public List<SeededConversation> generate(int count) {
        return tasks.generate(count);
    }

    /** Delivers the scheduled messages already due, without waiting for the next tick; answers how many. */
    public int deliverDueMessages() {
        return tasks.deliverDue();
    }

    private static Company companyOf(SandboxState state, UUID atendimento) {
        return state.companyOf(atendimento)
            .orElseThrow(() -> new IllegalArgumentException("no sandbox conversation " + atendimento));
    }

    private List<SeededConversation> seed(UUID empresa, int count, Duration age, boolean ownedByBot) {
        if (count < 0 || age.isNegative()) {
            throw new IllegalArgumentException("count and age must not be negative");
        }
        SandboxState state = states.current();
        return factory.waiting(state.company(empresa), count, age, ownedByBot, state.now());
    }
}
