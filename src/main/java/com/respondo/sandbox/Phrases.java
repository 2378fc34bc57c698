package com.respondo.sandbox;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The pt-BR names and customer messages the sandbox invents for generated and benchmark conversations, per kind of
 * company (the e-commerce shop and the dental clinic).
 */
final class Phrases {

    private static final List<String> FIRST_NAMES = List.of("Ana", "Bruna", "Carla", "Daniela", "Eduarda", "Fabiana",
            "Giovana", "Helena", "Isadora", "Júlia", "Karina", "Letícia", "Manuela", "Natália", "Olívia", "Priscila",
            "Raquel", "Sabrina", "Tânia", "Valéria", "André", "Bernardo", "Caio", "Diego", "Enzo", "Fábio",
            "Guilherme", "Heitor", "Igor", "João", "Leonardo", "Matheus", "Nicolas", "Otávio", "Pedro", "Renan",
            "Samuel", "Tiago", "Vitor", "Wagner");

    private static final List<String> LAST_NAMES = List.of("Silva", "Santos", "Oliveira", "Souza", "Rodrigues",
            "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida",
            "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira");

    private static final List<String> CITIES = List.of("São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba",
            "Porto Alegre", "Salvador", "Recife", "Fortaleza", "Goiânia", "Campinas", "Florianópolis", "Vitória");

    private static final List<String> SHOP_OPENINGS = List.of(
            "Olá, qual o prazo de entrega para o meu CEP?",
            "Boa tarde! Vocês aceitam pix?",
            "Oi, quero trocar uma calça que ficou grande",
            "Meu pedido ainda não chegou, podem verificar?",
            "Qual o valor do frete para Salvador?",
            "Vocês têm loja física? Posso retirar o pedido?",
            "Até que horas vocês atendem no sábado?",
            "Dá pra parcelar no cartão em quantas vezes?",
            "A camiseta básica branca tem no tamanho GG?",
            "Quero falar com um atendente, por favor");

    private static final List<String> CLINIC_OPENINGS = List.of(
            "Olá, gostaria de agendar uma avaliação",
            "Vocês atendem pelo convênio Amil Dental?",
            "Quanto custa uma limpeza?",
            "Qual o endereço da clínica?",
            "Estou com dor de dente, tem horário hoje?",
            "Preciso remarcar minha consulta de amanhã",
            "Vocês abrem no sábado?",
            "Quanto fica um clareamento? Parcelam?",
            "Meu filho precisa de uma consulta com dentista infantil",
            "Quero falar com uma pessoa da recepção");

    private static final List<String> FOLLOW_UPS = List.of(
            "ok", "obrigado!", "e quanto tempo demora?", "certo, e como faço?", "alguém pode me ajudar?",
            "??", "pode ser amanhã de manhã?", "meu e-mail é cliente.teste@email.com.br", "entendi",
            "vou aguardar então", "mas e se não der certo?", "ainda estou esperando uma resposta");

    private static final List<String> FAREWELLS = List.of("Obrigada, era só isso!", "valeu, tchau",
            "achei aqui, resolvido. Obrigada", "Perfeito, muito obrigada. Até logo!");

    private static final List<String> AFTER_CLOSE = List.of("oi, de novo: meu pedido ainda não chegou",
            "esqueci de perguntar: vocês aceitam pix?", "voltei, pode me ajudar com outra coisa?");

    private static final List<String> RATINGS = List.of("5", "5", "4", "4", "3", "2", "nota 5", "1");

    private Phrases() {
    }

    static String customerName(int index) {
        String first = FIRST_NAMES.get(Math.floorMod(index, FIRST_NAMES.size()));
        String last = LAST_NAMES.get(Math.floorMod(index / FIRST_NAMES.size() + index * 7, LAST_NAMES.size()));
        return first + " " + last;
    }

    static String city(int index) {
        return CITIES.get(Math.floorMod(index, CITIES.size()));
    }

    /** A first message for a new conversation of the given company. */
    static String opening(CompanyProfile company, int index) {
        List<String> openings = company.id().contains("clinica") ? CLINIC_OPENINGS : SHOP_OPENINGS;
        return openings.get(Math.floorMod(index, openings.size()));
    }

    static String followUp(RandomGenerator random) {
        return FOLLOW_UPS.get(random.nextInt(FOLLOW_UPS.size()));
    }

    /** A customer ending the conversation once answered: Respondo closes it. */
    static String farewell(RandomGenerator random) {
        return FAREWELLS.get(random.nextInt(FAREWELLS.size()));
    }

    /** A customer writing again after the conversation was closed. */
    static String afterClose(RandomGenerator random) {
        return AFTER_CLOSE.get(random.nextInt(AFTER_CLOSE.size()));
    }

    /** A customer's answer to the satisfaction question. */
    static String rating(RandomGenerator random) {
        return RATINGS.get(random.nextInt(RATINGS.size()));
    }
}
