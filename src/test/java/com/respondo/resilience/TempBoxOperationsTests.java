package com.respondo.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.respondo.tempbox.TempBoxClient;

/** Every one of TempBox's 32 operations is classified once: repeatable by the protection layer or never repeated. */
class TempBoxOperationsTests {

    @Test
    void everyOperationOfTheClientIsClassifiedExactlyOnce() {
        Set<String> operations = Arrays.stream(TempBoxClient.class.getMethods())
            .filter(method -> !Modifier.isStatic(method.getModifiers()) && !method.isDefault())
            .map(Method::getName)
            .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1))
            .collect(Collectors.toSet());
        Set<String> classified = new HashSet<>(TempBoxOperations.READS);
        classified.addAll(TempBoxOperations.IDEMPOTENT_CHANGES);
        classified.addAll(TempBoxOperations.NOT_REPEATED);

        assertThat(operations).hasSize(32);
        assertThat(classified).containsExactlyInAnyOrderElementsOf(operations);
        assertThat(TempBoxOperations.READS.size() + TempBoxOperations.IDEMPOTENT_CHANGES.size()
                + TempBoxOperations.NOT_REPEATED.size()).isEqualTo(32);
    }

    @Test
    void sendsSchedulesCreationsAndServerSideAutomationsAreNeverRepeated() {
        assertThat(TempBoxOperations.NOT_REPEATED).allSatisfy(
                operation -> assertThat(TempBoxOperations.repeatable(operation)).as(operation).isFalse());
        assertThat(TempBoxOperations.repeatable("EnviarMensagem")).isFalse();
        assertThat(TempBoxOperations.repeatable("AgendarMensagem")).isFalse();
        assertThat(TempBoxOperations.repeatable("ListarMensagensEmAberto")).isTrue();
        assertThat(TempBoxOperations.repeatable("EncerrarAtendimento")).isTrue();
        assertThat(TempBoxOperations.repeatable("OperacaoNova")).as("unknown: not repeated").isFalse();
    }
}
