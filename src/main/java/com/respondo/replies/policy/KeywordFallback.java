package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.respondo.conversation.Message;
import com.respondo.conversation.UntrustedText;

/**
 * bot-reply's answer when the LLM is unavailable, for the unambiguous cases only: a menu digit ("2", "opção 2")
 * naming a canned option, or exactly one canned message whose distinctive words (words no other canned message has)
 * the customer used, at least two of them unless the customer wrote three words or fewer. Greetings, thanks, common
 * words and the company's own name never count.
 */
final class KeywordFallback {

    private static final Pattern MENU_DIGIT = Pattern.compile("^(?:opcao|opc|op|numero|num|n|item)? ?([1-9])$");
    private static final int MIN_WORD = 4;
    private static final int SHORT_TEXT = 3;
    private static final List<String> COMMON = List.of(
            // greetings, thanks and small talk
            "ola", "oie", "opa", "bom", "boa", "dia", "dias", "tarde", "noite", "obrigado", "obrigada", "obrigadao",
            "valeu", "grato", "grata", "agradeco", "tchau", "beleza", "certo", "entendi", "perfeito", "otimo", "show",
            "legal", "tudo", "bem", "okay", "hello", "thanks", "please", "bomdia", "boatarde", "boanoite",
            // common words
            "para", "pelo", "pela", "pelos", "pelas", "sobre", "entre", "como", "quando", "onde", "qual", "quais",
            "quanto", "quanta", "quantos", "quantas", "porque", "porquê", "voce", "voces", "vcs", "eles", "elas",
            "minha", "minhas", "meus", "seus", "suas", "nosso", "nossa", "nossos", "nossas", "este", "esta", "esse",
            "essa", "isso", "isto", "aquele", "aquela", "aqui", "muito", "muita", "mais", "menos", "tambem", "todo",
            "toda", "todos", "todas", "algum", "alguma", "nada", "estar", "estou", "estao", "tenho", "temos",
            "fazer", "pode", "posso", "poderia", "gostaria", "queria", "quero", "preciso", "saber", "favor", "gente",
            "pessoal", "alguem", "ajuda", "ajudar", "informacao", "informacoes", "duvida", "duvidas", "pergunta",
            "empresa", "mensagem", "contato", "atendimento", "cliente", "agora", "hoje", "ainda", "depois",
            "antes", "sempre", "nunca", "cada", "outro", "outra", "mesmo", "mesma", "fica", "ficar",
            "teria", "tinha", "seria", "sera", "vamos", "vou", "dizer", "falar", "fala", "olhar", "veja", "segue");

    private final Set<String> commonStems;

    KeywordFallback() {
        Set<String> stems = new HashSet<>();
        for (String word : COMMON) {
            stems.add(Words.stem(UntrustedText.fold(word)));
        }
        this.commonStems = Set.copyOf(stems);
    }

    /** The canned option that unambiguously answers the customer's burst, if one does. */
    Optional<CannedMessage> choose(CannedMenu menu, List<Message> burst, String companyName) {
        if (menu.isEmpty() || burst.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> digit = menuDigit(burst.get(burst.size() - 1).text());
        if (digit.isPresent()) {
            return byMenuDigit(menu, digit.get());
        }
        return byKeywords(menu, burst, companyStems(companyName));
    }

    private static Optional<Integer> menuDigit(String text) {
        if (text.length() > 40) {
            return Optional.empty();
        }
        String folded = UntrustedText.fold(text);
        Matcher matcher = MENU_DIGIT.matcher(folded);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** The option with that shortcut number when the company numbers them, else the option at that position. */
    private static Optional<CannedMessage> byMenuDigit(CannedMenu menu, int digit) {
        boolean numbered = menu.options().stream().anyMatch(option -> option.shortcut() != null);
        if (!numbered) {
            return menu.option(digit);
        }
        List<CannedMessage> matching = menu.options().stream()
                .filter(option -> option.shortcut() != null && option.shortcut() == digit)
                .toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private Optional<CannedMessage> byKeywords(CannedMenu menu, List<Message> burst, Set<String> company) {
        StringBuilder text = new StringBuilder();
        for (Message message : burst) {
            text.append(message.text()).append('\n');
        }
        Set<String> customer = stems(text.toString(), company);
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        Map<CannedMessage, Set<String>> distinctive = distinctiveStems(menu, company);
        List<CannedMessage> hit = new ArrayList<>();
        int hits = 0;
        for (Map.Entry<CannedMessage, Set<String>> option : distinctive.entrySet()) {
            Set<String> common = new HashSet<>(option.getValue());
            common.retainAll(customer);
            if (!common.isEmpty()) {
                hit.add(option.getKey());
                hits = common.size();
            }
        }
        boolean strong = hits >= 2 || customer.size() <= SHORT_TEXT;
        return hit.size() == 1 && strong ? Optional.of(hit.get(0)) : Optional.empty();
    }

    /** Each option's stems that no other option has. */
    private Map<CannedMessage, Set<String>> distinctiveStems(CannedMenu menu, Set<String> company) {
        Map<CannedMessage, Set<String>> stems = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (CannedMessage option : menu.options()) {
            Set<String> own = stems(option.text(), company);
            stems.put(option, own);
            own.forEach(stem -> frequency.merge(stem, 1, Integer::sum));
        }
        stems.values().forEach(own -> own.removeIf(stem -> frequency.get(stem) > 1));
        return stems;
    }

    private Set<String> stems(String text, Set<String> company) {
        Set<String> stems = new HashSet<>();
        for (String word : Words.of(text)) {
            if (word.length() >= MIN_WORD && !isNumber(word)) {
                String stem = Words.stem(word);
                if (!commonStems.contains(stem) && !company.contains(stem)) {
                    stems.add(stem);
                }
            }
        }
        return stems;
    }

    private static Set<String> companyStems(String companyName) {
        Set<String> stems = new HashSet<>();
        for (String word : Words.of(companyName)) {
            stems.add(Words.stem(word));
        }
        return stems;
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }
}
