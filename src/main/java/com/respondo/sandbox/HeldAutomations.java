package com.respondo.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * TempBox's server-side automations made asynchronous on demand: while held, a call to one of them is accepted at
 * once (answered {@code Success} true, or with the fault drawn for it, nothing done yet) and queued;
 * {@link #release()} then does the queued work, as TempBox's own queue would some time later. Not held by default; a
 * reset drops the queue and stops holding.
 */
final class HeldAutomations {

    /** The operations that start server-side work. */
    static final Set<Operation> AUTOMATIONS = Set.of(Operation.ProcessarOcorrenciaRespostaInicialBotIa,
            Operation.ResponderMensagemBot, Operation.ResponderMensagemIa, Operation.ColetarDadosIa,
            Operation.ProcessarOcorrenciaSemAtendente, Operation.RespostaAutomaticaPronta);

    private final List<Runnable> queued = new ArrayList<>();

    private boolean holding;

    synchronized void holding(boolean hold) {
        this.holding = hold;
    }

    /** Queues the work of a call when the operation is an automation and automations are held. */
    synchronized boolean held(Operation operation, Runnable work) {
        if (!holding || !AUTOMATIONS.contains(operation)) {
            return false;
        }
        queued.add(work);
        return true;
    }

    /** Does the queued work, oldest first; answers how many calls it was. */
    int release() {
        List<Runnable> work;
        synchronized (this) {
            work = List.copyOf(queued);
            queued.clear();
        }
        work.forEach(Runnable::run);
        return work.size();
    }

    synchronized void clear() {
        queued.clear();
        holding = false;
    }
}
