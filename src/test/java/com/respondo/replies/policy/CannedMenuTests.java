package com.respondo.replies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CannedMenuTests {

    @Test
    void numbersOptionsByShortcutThenTextThenIdWhateverTheInputOrder() {
        List<CannedMessage> canned = List.of(
                new CannedMessage("z", "h", "Zebra"),
                new CannedMessage("b", "h", "Beta", null, 2L),
                new CannedMessage("a", "h", "Alfa"),
                new CannedMessage("c", "h", "Gama", null, 1L));

        CannedMenu menu = CannedMenu.of(canned, null);

        assertThat(menu.options()).extracting(CannedMessage::id).containsExactly("c", "b", "a", "z");
        assertThat(menu.numbered()).isEqualTo("1. Gama\n2. Beta\n3. Alfa\n4. Zebra");
        assertThat(menu.option(1)).get().extracting(CannedMessage::id).isEqualTo("c");
        assertThat(menu.option(0)).isEmpty();
        assertThat(menu.option(5)).isEmpty();
    }

    @Test
    void offersOnlyMessagesForTheConversationsChannelOrForEveryChannel() {
        List<CannedMessage> canned = List.of(
                new CannedMessage("all", "h", "Para todos"),
                new CannedMessage("wa", "h", "Só WhatsApp", 1, null),
                new CannedMessage("mail", "h", "Só e-mail", 3, null));

        assertThat(CannedMenu.of(canned, 1).options()).extracting(CannedMessage::id).containsExactlyInAnyOrder(
                "all", "wa");
        assertThat(CannedMenu.of(canned, null).options()).hasSize(3);
    }

    @Test
    void dropsBlankAndRepeatedMessages() {
        List<CannedMessage> canned = List.of(
                new CannedMessage("a", "h", "Texto"),
                new CannedMessage("a", "h", "Texto"),
                new CannedMessage("b", "h", "  "));

        assertThat(CannedMenu.of(canned, null).options()).hasSize(1);
    }

    @Test
    void listsMultiLineTextsOnOneLineEach() {
        CannedMenu menu = CannedMenu.of(List.of(new CannedMessage("a", "h", "Linha 1\nLinha 2")), null);

        assertThat(menu.numbered()).isEqualTo("1. Linha 1 / Linha 2");
    }
}
