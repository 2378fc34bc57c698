package com.respondo.sandbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of the TempBox sandbox ({@code respondo.sandbox.*}): seeding, the customer-message generator, the fault
 * knobs in force at start-up, the size of the record of calls and the form of ListarMensagensEmAberto.
 *
 * @param seed whether the two demo companies get their conversations at start-up and on reset
 * @param fixedIds whether the seeded conversations always have the same GUIDs (tests address them by name); by
 *     default they get new ones at each start-up and reset, so that the reply ledger, which outlives a restart
 *     (the H2 file under {@code respondo.data-dir}), never takes them for conversations it answered before
 * @param generator the generator of customer messages
 * @param faults the fault knobs at start-up (and after a reset); all zero by default
 * @param recordCapacity how many recorded calls are kept (the oldest are dropped)
 * @param zone the time zone of dates on the wire
 * @param deliveryInterval how often due scheduled messages (AgendarMensagem) are delivered
 * @param openMessages the form and order of ListarMensagensEmAberto's rows at start-up (and after a reset): one per
 *     conversation by Autonumeracao by default
 * @param clock the sandbox clock at start-up (and after a reset): the wall clock by default
 */
@Validated
@ConfigurationProperties("respondo.sandbox")
public record SandboxProperties(
        @DefaultValue("true") boolean seed,
        @DefaultValue("false") boolean fixedIds,
        @Valid @DefaultValue Generator generator,
        @DefaultValue SandboxFaults faults,
        @DefaultValue("100000") @Min(100) @Max(10_000_000) int recordCapacity,
        @DefaultValue("America/Sao_Paulo") ZoneId zone,
        @DefaultValue("500ms") Duration deliveryInterval,
        @DefaultValue OpenMessages openMessages,
        @DefaultValue ClockSettings clock) {

    /**
     * The generator keeps adding customer messages (new conversations and follow-ups) so the worker always has work.
     *
     * @param enabled whether it runs
     * @param messagesPerMinute how many customer messages it adds per minute, over both companies
     * @param newConversationShare the share of those messages that open a new conversation
     * @param maxOpenConversations per company, above this many open conversations it only adds follow-ups
     * @param silentShare the share of new conversations whose customer never writes again (the generator adds no
     *     follow-up to them): the bot's answer is their last message, for the follow-ups job to nudge and close
     */
    public record Generator(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("6") @DecimalMin("0.1") @DecimalMax("60000") double messagesPerMinute,
            @DefaultValue("0.35") @DecimalMin("0") @DecimalMax("1") double newConversationShare,
            @DefaultValue("300") @Min(1) int maxOpenConversations,
            @DefaultValue("0.3") @DecimalMin("0") @DecimalMax("1") double silentShare) {
    }

    /**
     * The sandbox clock ({@link SandboxClock}), which the worker follows in the sandbox profile.
     *
     * @param start the instant it starts at (e.g. {@code 2026-12-08T10:00:00-03:00}); the wall clock's time when
     *     not given
     * @param frozen whether it stands still at {@code start} until moved (tests); otherwise it runs from there
     */
    public record ClockSettings(@Nullable OffsetDateTime start, @DefaultValue("false") boolean frozen) {
    }

    public SandboxProperties {
        if (deliveryInterval.isNegative() || deliveryInterval.isZero()) {
            throw new IllegalArgumentException("respondo.sandbox.delivery-interval must be positive");
        }
    }
}
