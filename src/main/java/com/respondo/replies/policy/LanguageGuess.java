package com.respondo.replies.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which language a text is in, guessed from words only one of Portuguese, English and Spanish uses often (articles,
 * pronouns, prepositions, courtesy words) and from letters only one of them has (ã, õ, ç; ñ, ¿, ¡). Links, e-mail
 * addresses and numbers are left out first. A short or mixed text gets no guess: it is only a guess when at least
 * {@value #MIN_SIGNS} signs point to one language and it has at least twice the signs of any other, so "Ok!",
 * "Obrigado", a price or a link alone always pass.
 */
final class LanguageGuess {

    static final int MIN_SIGNS = 3;

    private static final Pattern NOT_WORDS = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+|(?<!\\S)[^\\s@]++@\\S+"
            + "|(?<![\\p{L}\\p{N}-])[\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]++){1,10}(?:/\\S*)?|\\p{N}+");

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private static final Map<ReplyLanguage, Set<String>> WORDS = Map.of(
            ReplyLanguage.PT_BR, words("você voce vocês voces não nao sim obrigado obrigada olá ola oi com uma um "
                    + "seu sua seus suas do da dos das na nos nas ao aos pelo pela isso isto esse essa este já ja "
                    + "também tambem até ate são sao está estamos estou muito muita aqui agora hoje amanhã amanha "
                    + "então entao mas ou meu minha nosso nossa vamos posso pode podemos ajudar tudo bem dia prazo "
                    + "frete atendimento quando onde qual quais fazer desculpe vou vai é e às à mais ainda tem temos "
                    + "em seguinte obrigadão"),
            ReplyLanguage.EN, words("the and is are you your to of for with this that we our it in on be will can "
                    + "please thank thanks hello hi order have has not does my what when how here there from at an "
                    + "would could should help sorry welcome delivery shipping today tomorrow i i'm it's yes if all "
                    + "any by just about which they them was were been get let know us"),
            ReplyLanguage.ES, words("el los las y es con usted ustedes gracias hola muy tu tienes tiene puede "
                    + "podemos envío envio hoy mañana ahora cuando donde pero también nuestro nuestra sí su sus del "
                    + "al una un le les lo estamos somos ayudar aquí cómo qué cuál hay disculpe voy va más todavía "
                    + "bien día en está"));

    private static final Pattern PT_LETTERS = Pattern.compile("[ãõç]|nh");

    private static final Pattern ES_LETTERS = Pattern.compile("[ñ¿¡]|ción|\\bll");

    private LanguageGuess() {
    }

    private static Set<String> words(String spaced) {
        return Set.copyOf(List.of(spaced.split(" ")));
    }

    /** The language the text is clearly in, or empty when it is too short or too mixed to tell. */
    static Optional<ReplyLanguage> of(String text) {
        String words = NOT_WORDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        Map<ReplyLanguage, Integer> signs = new EnumMap<>(ReplyLanguage.class);
        Matcher word = WORD.matcher(words);
        while (word.find()) {
            String found = word.group();
            @Nullable ReplyLanguage only = onlyLanguageOf(found);
            if (only != null) {
                signs.merge(only, 1, Integer::sum);
            }
        }
        signs.merge(ReplyLanguage.PT_BR, count(PT_LETTERS, words), Integer::sum);
        signs.merge(ReplyLanguage.ES, count(ES_LETTERS, words), Integer::sum);
        return clearWinner(signs);
    }

    /** The one language whose common words include this word, or null when none or several do. */
    private static @Nullable ReplyLanguage onlyLanguageOf(String word) {
        @Nullable ReplyLanguage only = null;
        for (Map.Entry<ReplyLanguage, Set<String>> language : WORDS.entrySet()) {
            if (language.getValue().contains(word)) {
                if (only != null) {
                    return null;
                }
                only = language.getKey();
            }
        }
        return only;
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static Optional<ReplyLanguage> clearWinner(Map<ReplyLanguage, Integer> signs) {
        @Nullable ReplyLanguage best = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<ReplyLanguage, Integer> entry : signs.entrySet()) {
            int value = entry.getValue();
            if (value > most) {
                second = most;
                most = value;
                best = entry.getKey();
            }
            else if (value > second) {
                second = value;
            }
        }
        return (best != null && most >= MIN_SIGNS && most >= 2 * second) ? Optional.of(best) : Optional.empty();
    }
}
