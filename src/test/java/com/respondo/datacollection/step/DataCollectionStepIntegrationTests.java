package com.respondo.datacollection.step;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.respondo.datacollection.CollectedDataRepository;
import com.respondo.datacollection.CollectionProgress;
import com.respondo.datacollection.DataCollectionIntegrationTest;
import com.respondo.datacollection.DocumentType;
import com.respondo.datacollection.StoredCustomerData;
import com.respondo.datacollection.Urgency;
import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobHistory;
import com.respondo.jobs.JobLaunches;
import com.respondo.jobs.Partition;
import com.respondo.jobs.StepFactory;
import com.respondo.jobs.StepMode;
import com.respondo.jobs.StepSettings;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.tempbox.ConsultarRequest;
import com.respondo.tempbox.ConversationMessage;
import com.respondo.tempbox.ListarMensagensAtendimentoRequest;
import com.respondo.tempbox.SalvarRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.OpenMessagesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.datacollection.DataCollectionIntegrationTest.CLINICA;
import static com.respondo.datacollection.DataCollectionIntegrationTest.LOJA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The data-collection step on the sandbox: what it stores, what it asks TempBox and the LLM, and how it behaves when
 * either fails; under both forms of ListarMensagensEmAberto (one row per conversation, one per message).
 */
@ParameterizedClass
@EnumSource(OpenMessagesForm.class)
@DataCollectionIntegrationTest
class DataCollectionStepIntegrationTests {

    private static final Duration QUIET = Duration.ofMinutes(1);

    @Parameter
    OpenMessagesForm form;

    @Autowired
    Sandbox sandbox;

    @Autowired
    SandboxLlmControls llm;

    @Autowired
    JobLaunches launches;

    @Autowired
    JobHistory history;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    CollectedDataRepository repository;

    @Autowired
    TempBoxClient tempBox;

    @Autowired
    Tenants tenants;

    @Autowired
    List<StepFactory> factories;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void freshSandbox() {
        sandbox.reset(false);
        sandbox.openMessages(form.shape());
        llm.reset();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @AfterEach
    void quietSandbox() {
        sandbox.reset(false);
        llm.reset();
    }

    @Test
    void storesTheValidatedDataOfEachConversationWithTheMessagesItCameFrom() {
        SeededConversation maria = open(LOJA, "Maria", "Olá, meu nome é Maria Souza e quero trocar um vestido.",
                "Meu CPF é 529.982.247-25");
        SeededConversation joao = open(LOJA, "João", "Meu CPF é 123.456.789-00 e meu e-mail é joao.lima@example.com");
        SeededConversation empresa = open(LOJA, "Empresa",
                "Somos uma empresa, CNPJ 11.222.333/0001-81. Meu telefone é (11) 98765-4321");
        SeededConversation entrega = open(LOJA, "Paula", "Preciso de entrega urgente no CEP 01310-100");

        ExecutionView execution = run(LOJA);

        assertThat(execution.status()).isEqualTo("COMPLETED");
        assertThat(llm.requests()).isEqualTo(4);
        assertThat(sandbox.calls("ListarMensagensAtendimento")).isEqualTo(4);
        assertThat(only(maria)).extracting(StoredCustomerData::name, StoredCustomerData::document,
                StoredCustomerData::documentType, StoredCustomerData::intent, StoredCustomerData::sourceMessageIds)
            .containsExactly("Maria Souza", "52998224725", DocumentType.CPF, "trocar produto",
                    customerMessageIds(LOJA, maria));
        assertThat(only(joao)).extracting(StoredCustomerData::email, StoredCustomerData::document,
                StoredCustomerData::sourceMessageIds)
            .containsExactly("joao.lima@example.com", null, List.of(id(joao.mensagem())));
        assertThat(only(empresa)).extracting(StoredCustomerData::document, StoredCustomerData::documentType,
                StoredCustomerData::phone)
            .containsExactly("11222333000181", DocumentType.CNPJ, "+5511987654321");
        assertThat(only(entrega)).extracting(StoredCustomerData::cep, StoredCustomerData::urgency,
                StoredCustomerData::tenantId, StoredCustomerData::jobExecutionId)
            .containsExactly("01310100", Urgency.ALTA, LOJA, execution.id());
        assertThat(execution.steps()).extracting(ExecutionView.StepView::name, ExecutionView.StepView::readCount,
                ExecutionView.StepView::writeCount, ExecutionView.StepView::skipCount)
            .containsExactly(tuple("data-collection", 4L, 4L, 0L));
    }

    @Test
    void aSecondRunStoresNothingNewAndANewCustomerMessageIsCollectedInTheRunAfterIt() {
        SeededConversation maria = open(LOJA, "Maria", "Meu nome é Maria Souza, CPF 529.982.247-25");
        run(LOJA);
        long llmCalls = llm.requests();
        long reads = sandbox.calls("ListarMensagensAtendimento");

        ExecutionView second = run(LOJA);

        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(repository.findByConversation(maria.atendimento().toString())).hasSize(1);
        assertThat(llm.requests()).isEqualTo(llmCalls);
        assertThat(sandbox.calls("ListarMensagensAtendimento")).isEqualTo(reads);

        SeededConversation followUp = sandbox.customerWrites(maria.atendimento(),
                "Esqueci: meu e-mail é maria.souza@example.com");
        run(LOJA);

        List<StoredCustomerData> rows = repository.findByConversation(maria.atendimento().toString());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).sourceMessageIds()).containsExactly(id(followUp.mensagem()));
        assertThat(rows.get(1).email()).isEqualTo("maria.souza@example.com");
        assertThat(rows.get(1).document()).isNull();
        assertThat(repository.findProgress(maria.atendimento().toString())).map(CollectionProgress::lastMessageId)
            .contains(id(followUp.mensagem()));
    }

    @Test
    void appendsASummaryToTheNotesOfTheTenantsThatAskForItKeepingWhatWasThere() {
        SeededConversation loja = open(LOJA, "Maria", "Meu nome é Maria Souza, quero trocar um vestido, CPF "
                + "529.982.247-25");
        tempBox.salvar(tenant(LOJA), SalvarRequest.builder().hash(loja.hash().toString())
            .camposAtualizados("ObservacoesAdicionais").observacoesAdicionais("Cliente VIP").build());
        SeededConversation clinica = open(CLINICA, "Ana", "Quero agendar uma limpeza, meu CPF é 529.982.247-25");
        long before = lastRecorded();

        run(LOJA);
        run(CLINICA);

        assertThat(sandbox.record(before)).filteredOn(call -> call.operation().equals("Salvar"))
            .extracting(PostedCall::atendimento).containsExactly(loja.atendimento());
        String notes = tempBox.consultar(tenant(LOJA), new ConsultarRequest(loja.hash().toString())).orElseThrow()
            .observacoesAdicionais();
        assertThat(notes).startsWith("Cliente VIP\n" + ConversationNotes.tag(loja.mensagem().toString()) + " ")
            .contains("Dados coletados: Intenção: trocar produto; ", "; Nome: Maria Souza; ", "; CPF: 52998224725; ");
        assertThat(repository.findByConversation(clinica.atendimento().toString())).hasSize(1);
    }

    @Test
    void keepsTheCollectedDataWhenTempBoxDoesNotTakeTheSummary() {
        SeededConversation maria = open(LOJA, "Maria", "Meu CPF é 529.982.247-25");
        sandbox.faults(SandboxFaults.none().withErrorRate(1, SandboxFaults.ErrorStyle.ENVELOPE).onlyFor("Salvar"));

        ExecutionView execution = run(LOJA);

        assertThat(execution.status()).isEqualTo("COMPLETED");
        assertThat(only(maria).document()).isEqualTo("52998224725");
        assertThat(repository.findProgress(maria.atendimento().toString())).isPresent();
        // Salvar is idempotent, so the protection layer tried it again before the step gave the summary up.
        assertThat(sandbox.record()).filteredOn(call -> call.operation().equals("Salvar"))
            .extracting(PostedCall::outcome).isNotEmpty().containsOnly(PostedCall.Outcome.FAILED);
    }

    @Test
    void masksTheCustomersPiiBeforeTheLlmForTenantsThatAskForIt() {
        SeededConversation ana = open(CLINICA, "Ana", "Quero agendar uma limpeza. Meu e-mail é ana.prado@example.com "
                + "e meu CPF é 529.982.247-25");

        run(CLINICA);

        assertThat(only(ana)).extracting(StoredCustomerData::email, StoredCustomerData::document,
                StoredCustomerData::intent)
            .containsExactly(null, null, "agendar");
    }

    @Test
    void inRemoteModeAsksTempBoxToCollectOnceAndMovesTheProgressPastTheMessages() {
        SeededConversation first = open(LOJA, "Maria", "Meu CPF é 529.982.247-25");
        SeededConversation second = open(LOJA, "João", "Meu e-mail é joao.lima@example.com");

        StepExecution remote = runWorkerStep(StepMode.REMOTE, LOJA);

        assertThat(remote.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(remote.getWriteCount()).isEqualTo(2);
        assertThat(sandbox.calls("ColetarDadosIa")).isEqualTo(1);
        assertThat(llm.requests()).isZero();
        assertThat(repository.findByConversation(first.atendimento().toString())).isEmpty();
        assertThat(repository.findProgress(second.atendimento().toString())).map(CollectionProgress::lastMessageId)
            .contains(id(second.mensagem()));

        StepExecution again = runWorkerStep(StepMode.REMOTE, LOJA);
        ExecutionView local = run(LOJA);

        assertThat(again.getReadCount()).isZero();
        assertThat(sandbox.calls("ColetarDadosIa")).isEqualTo(1);
        assertThat(local.steps().get(0).readCount()).isZero();
        assertThat(llm.requests()).isZero();
    }

    @Test
    void inRemoteModeAsksTempBoxToCollectOncePerTenantHoweverManyBucketsItHas() {
        Set<Integer> buckets = new HashSet<>();
        List<SeededConversation> opened = new ArrayList<>();
        while (buckets.size() < 3) {
            SeededConversation conversation = open(LOJA, "Maria",
                    "Meu e-mail é maria" + opened.size() + "@example.com");
            opened.add(conversation);
            buckets.add(ConversationsToCollect.bucketOf(conversation.atendimento().toString(), 3));
        }

        List<StepExecution> partitions = new ArrayList<>();
        for (int bucket = 0; bucket < 3; bucket++) {
            partitions.add(runWorkerStep(StepMode.REMOTE, new Partition(LOJA, bucket, 3)));
        }

        assertThat(partitions).extracting(StepExecution::getStatus).containsOnly(BatchStatus.COMPLETED);
        assertThat(sandbox.calls("ColetarDadosIa")).isEqualTo(1);
        opened.forEach(conversation -> assertThat(repository.findProgress(conversation.atendimento().toString()))
            .map(CollectionProgress::lastMessageId)
            .contains(id(conversation.mensagem())));
    }

    @Test
    void leavesTheConversationsForTheNextRunWhileTheLlmIsUnavailable() {
        SeededConversation maria = open(LOJA, "Maria", "Meu CPF é 529.982.247-25");
        SeededConversation joao = open(LOJA, "João", "Meu e-mail é joao.lima@example.com");
        llm.apply(llm.settings().withErrorRate(1));

        ExecutionView down = run(LOJA);

        assertThat(down.status()).isEqualTo("COMPLETED");
        assertThat(down.steps()).extracting(ExecutionView.StepView::readCount, ExecutionView.StepView::writeCount,
                ExecutionView.StepView::filterCount)
            .containsExactly(tuple(2L, 0L, 2L));
        assertThat(repository.findByConversation(maria.atendimento().toString())).isEmpty();
        assertThat(repository.findProgress(joao.atendimento().toString())).isEmpty();

        llm.reset();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset); // as its wait would, once the LLM is back
        run(LOJA);

        assertThat(only(maria).document()).isEqualTo("52998224725");
        assertThat(only(joao).email()).isEqualTo("joao.lima@example.com");
    }

    @Test
    void skipsAConversationWhoseDataCannotBeReadAndCollectsTheOthers() {
        List<SeededConversation> conversations = List.of(open(LOJA, "Maria", "Meu CPF é 529.982.247-25"),
                open(LOJA, "João", "Meu e-mail é joao.lima@example.com"), open(LOJA, "Paula", "CEP 01310-100"));
        llm.apply(llm.settings().withMalformedRate(1.0 / 3));

        ExecutionView execution = run(LOJA);

        assertThat(execution.status()).isEqualTo("COMPLETED");
        assertThat(execution.steps()).extracting(ExecutionView.StepView::readCount,
                ExecutionView.StepView::writeCount, ExecutionView.StepView::skipCount)
            .containsExactly(tuple(3L, 2L, 1L));
        List<SeededConversation> skipped = conversations.stream()
            .filter(conversation -> repository.findByConversation(conversation.atendimento().toString()).isEmpty())
            .toList();
        assertThat(skipped).hasSize(1);
        assertThat(repository.findProgress(skipped.get(0).atendimento().toString())).isEmpty();

        llm.reset();
        ExecutionView next = run(LOJA);

        assertThat(next.steps().get(0).writeCount()).isEqualTo(1);
        assertThat(repository.findByConversation(skipped.get(0).atendimento().toString())).hasSize(1);
    }

    @Test
    void failsWithAClearExitDescriptionWhenTempBoxIsUnavailable() {
        open(LOJA, "Maria", "Meu CPF é 529.982.247-25");
        sandbox.faults(SandboxFaults.none().withErrorRate(1, SandboxFaults.ErrorStyle.HTTP)
            .onlyFor("ListarMensagensEmAberto"));

        ExecutionView execution = run(LOJA);

        assertThat(execution.status()).isEqualTo("FAILED");
        StepExecution worker = jobRepository.getJobExecution(execution.id()).getStepExecutions().stream()
            .filter(step -> step.getStepName().equals("data-collection:" + LOJA))
            .findFirst()
            .orElseThrow();
        assertThat(worker.getExitStatus().getExitDescription())
            .startsWith("TempBox ListarMensagensEmAberto failed for tenant 'loja-aurora': ")
            .endsWith("(TempBox is unavailable; the next run tries again)")
            .doesNotContain("\tat ", "sandbox-loja-aurora");
        assertThat(execution.steps().get(0).exitDescription())
            .contains("TempBox ListarMensagensEmAberto failed for tenant 'loja-aurora'");
        assertThat(llm.requests()).isZero();
    }

    @Test
    void storesNothingOfTheChunkWhenTempBoxCannotServeAConversation() {
        SeededConversation maria = open(LOJA, "Maria", "Meu CPF é 529.982.247-25");
        sandbox.faults(SandboxFaults.none().withErrorRate(1, SandboxFaults.ErrorStyle.ENVELOPE)
            .onlyFor("ListarMensagensAtendimento"));

        ExecutionView execution = run(LOJA);

        assertThat(execution.status()).isEqualTo("FAILED");
        assertThat(execution.steps().get(0).exitDescription())
            .contains("TempBox ListarMensagensAtendimento failed for tenant 'loja-aurora'");
        assertThat(repository.findByConversation(maria.atendimento().toString())).isEmpty();
        assertThat(repository.findProgress(maria.atendimento().toString())).isEmpty();
    }

    private SeededConversation open(String tenant, String customer, String... messages) {
        return sandbox.openConversation(sandbox.company(tenant).empresa(), customer, 1, QUIET, messages);
    }

    @Test
    void aDryRunCollectsButStoresNothingAndLeavesTheConversationsForARealRun() {
        SeededConversation maria = open(LOJA, "Maria", "Meu CPF é 529.982.247-25");

        ExecutionView dryRun = Executions.ended(history, launches.launch("data-collection", LOJA, true).executionId());

        assertThat(dryRun.status()).isEqualTo("COMPLETED");
        assertThat(llm.requests()).isEqualTo(1);
        assertThat(repository.findByConversation(maria.atendimento().toString())).isEmpty();
        assertThat(repository.findProgress(maria.atendimento().toString())).isEmpty();

        run(LOJA);

        assertThat(only(maria).document()).isEqualTo("52998224725");
    }

    private ExecutionView run(String tenant) {
        return Executions.ended(history, launches.launch("data-collection", tenant).executionId());
    }

    /** Runs the worker step of one tenant in the given mode, outside the job file (which says local). */
    private StepExecution runWorkerStep(StepMode mode, String tenant) {
        return runWorkerStep(mode, Partition.wholeTenant(tenant));
    }

    /** Runs the worker step of one partition in the given mode, outside the job file (which says local). */
    private StepExecution runWorkerStep(StepMode mode, Partition partition) {
        JobParameters parameters = new JobParametersBuilder().addString("run", UUID.randomUUID().toString())
            .toJobParameters();
        JobInstance instance = jobRepository.createJobInstance("data-collection-" + mode.yamlName(), parameters);
        JobExecution job = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        StepExecution step = jobRepository.createStepExecution("data-collection:" + partition.key(), job);
        try {
            factory().workerStep(new StepSettings("data-collection", "data-collection", mode, 20, 4), partition)
                .execute(step);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        finally {
            job.setStatus(BatchStatus.COMPLETED);
            job.setEndTime(LocalDateTime.now());
            jobRepository.update(job);
        }
        return step;
    }

    private StepFactory factory() {
        return factories.stream().filter(factory -> factory.stepName().equals("data-collection")).findFirst()
            .orElseThrow();
    }

    private StoredCustomerData only(SeededConversation conversation) {
        List<StoredCustomerData> rows = repository.findByConversation(conversation.atendimento().toString());
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<String> customerMessageIds(String tenant, SeededConversation conversation) {
        return tempBox.listarMensagensAtendimento(tenant(tenant),
                new ListarMensagensAtendimentoRequest(conversation.atendimento().toString(), null))
            .stream()
            .filter(message -> !Boolean.TRUE.equals(message.mensagemAtendente()))
            .map(ConversationMessage::atendimentoMensagem)
            .map(DataCollectionStepIntegrationTests::id)
            .toList();
    }

    private long lastRecorded() {
        List<PostedCall> record = sandbox.record();
        return record.isEmpty() ? 0 : record.get(record.size() - 1).sequence();
    }

    private Tenant tenant(String id) {
        return tenants.get(id);
    }

    private static String id(Object id) {
        return id.toString().toLowerCase(Locale.ROOT);
    }
}
