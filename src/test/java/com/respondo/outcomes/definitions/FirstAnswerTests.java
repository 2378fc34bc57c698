package com.respondo.outcomes.definitions;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static com.respondo.outcomes.definitions.History.conversation;
import static org.assertj.core.api.Assertions.assertThat;

class FirstAnswerTests {

    @Test
    void isTheTimeFromTheCustomersFirstMessageToTheFirstMessageOfAnyoneElse() {
        ConversationHistory history = conversation().customer(0, "Oi").customer(1, "Tem frete grátis?")
            .person(4, "Olá!")
            .bot(5, "Temos, acima de R$ 200.")
            .build();

        assertThat(FirstAnswer.of(history)).contains(Duration.ofMinutes(4));
    }

    @Test
    void anUnansweredConversationHasNone() {
        assertThat(FirstAnswer.of(conversation().customer(0, "Oi").build())).isEmpty();
        assertThat(FirstAnswer.of(conversation().bot(0, "Olá").build())).isEmpty();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleOnes() {
        assertThat(FirstAnswer.median(List.of(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(90))))
            .contains(Duration.ofSeconds(30));
        assertThat(FirstAnswer.median(List.of(Duration.ofSeconds(40), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(100)))).contains(Duration.ofSeconds(30));
        assertThat(FirstAnswer.median(List.of())).isEmpty();
    }
}
