package com.respondo.sandbox;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The channels (Plataforma codes) of the sandbox: 1 WhatsApp, 2 chat do site, 3 e-mail. TempBox does not document its
 * codes; the worker passes them through unchanged, and so does the sandbox for codes it does not know.
 */
final class Channels {

    static final int WHATSAPP = 1;
    static final int SITE_CHAT = 2;
    static final int EMAIL = 3;

    private Channels() {
    }

    static String title(int plataforma) {
        return switch (plataforma) {
            case WHATSAPP -> "WhatsApp";
            case SITE_CHAT -> "Chat do site";
            case EMAIL -> "E-mail";
            default -> "Canal " + plataforma;
        };
    }

    static String contactTitle(int plataforma) {
        return switch (plataforma) {
            case WHATSAPP -> "Celular";
            case SITE_CHAT -> "Navegador";
            case EMAIL -> "E-mail";
            default -> "Contato";
        };
    }

    /** The channel's own address on the company side (ReferenteCanal as a string). */
    static String companyAddress(CompanyProfile company, int plataforma) {
        return switch (plataforma) {
            case WHATSAPP -> company.id().contains("clinica") ? "+55 31 3333-4040" : "+55 41 3030-2020";
            case SITE_CHAT -> "https://www." + company.id().replace("-", "") + ".com.br";
            case EMAIL -> "atendimento@" + company.id().replace("-", "") + ".com.br";
            default -> company.id() + ":" + plataforma;
        };
    }

    /** The customer's address on the channel (ReferenteCanalFormaContato as a string). */
    static @Nullable String customerAddress(Customer customer, int plataforma) {
        return switch (plataforma) {
            case WHATSAPP -> customer.phone();
            case EMAIL -> customer.email();
            default -> customer.email() != null ? customer.email() : customer.phone();
        };
    }

    static UUID channelId(CompanyProfile company, int plataforma) {
        return Seeder.id(company.id() + "/channel/" + plataforma);
    }

    static UUID contactId(Customer customer, int plataforma) {
        return Seeder.id(customer.id() + "/contact/" + plataforma);
    }
}
