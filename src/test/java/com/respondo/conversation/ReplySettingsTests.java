package com.respondo.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.respondo.replies.policy.StructuredAnswerValidator;

class ReplySettingsTests {

    @Test
    void defaultsAreTheDocumentedOnes() {
        ReplySettings settings = ReplySettings.defaults();

        assertThat(settings.debounce()).isEqualTo(Duration.ofSeconds(8));
        assertThat(settings.cannedConfidenceThreshold()).isEqualTo(0.75);
        assertThat(settings.aiConfidenceThreshold()).isEqualTo(0.6);
        assertThat(settings.llmUnavailableHandoffAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.historyCharBudget()).isEqualTo(12_000);
        assertThat(settings.maxAgendaSlots()).isEqualTo(10);
        assertThat(StructuredAnswerValidator.violations(settings)).isEmpty();
    }

    @Test
    void refusesValuesOutOfRangeNamingTheSetting() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplySettings(Duration.ofSeconds(-1), 0.75, 0.6,
                Duration.ofMinutes(5), 3000, 4, 10)).withMessageContaining("debounce");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplySettings(Duration.ofSeconds(8), 1.5, 0.6,
                Duration.ofMinutes(5), 3000, 4, 10)).withMessageContaining("cannedConfidenceThreshold");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplySettings(Duration.ofSeconds(8), 0.75, Double.NaN,
                Duration.ofMinutes(5), 3000, 4, 10)).withMessageContaining("aiConfidenceThreshold");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplySettings(Duration.ofSeconds(8), 0.75, 0.6,
                Duration.ofMinutes(5), 99, 4, 10)).withMessageContaining("historyTokenBudget");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplySettings(Duration.ofSeconds(8), 0.75, 0.6,
                Duration.ofMinutes(5), 3000, 4, 0)).withMessageContaining("maxAgendaSlots");
    }
}
