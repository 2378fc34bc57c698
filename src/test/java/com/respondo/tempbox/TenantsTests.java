package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import com.respondo.testsupport.TempBoxFake;

/** Tenants are found by id, keep their order, and never show their token. */
class TenantsTests {

    private final Tenant aurora = new Tenant("loja-aurora", TempBoxFake.EMPRESA, "token-aurora", TempBoxFake.BOT,
            "Loja Aurora");

    private final Tenant sol = new Tenant("mercado-sol", "8F14E45F-CEEA-4E7A-9B1C-2D3E4F5A6B7C", "token-sol",
            "5A7B9C1D-3E5F-4A6B-8C9D-0E1F2A3B4C5D", null);

    @Test
    void findsTenantsById() {
        Tenants tenants = new Tenants(List.of(this.aurora, this.sol));

        assertThat(tenants.get("mercado-sol")).isSameAs(this.sol);
        assertThat(tenants.find("loja-aurora")).containsSame(this.aurora);
        assertThat(tenants.all()).containsExactly(this.aurora, this.sol);
        assertThat(tenants.ids()).containsExactly("loja-aurora", "mercado-sol");
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        Tenants tenants = new Tenants(List.of(this.aurora, this.sol));

        assertThatThrownBy(() -> tenants.get("padaria"))
            .isInstanceOf(NoSuchElementException.class)
            .hasMessage("Unknown tenant 'padaria'; known tenants: [loja-aurora, mercado-sol]");
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> new Tenants(List.of(this.aurora, this.aurora)))
            .hasMessageContaining("Duplicate tenant id 'loja-aurora'");
    }

    @Test
    void aTenantWithoutNameIsNamedAfterItsIdAndHidesItsToken() {
        assertThat(this.sol.name()).isEqualTo("mercado-sol");
        assertThat(this.sol.toString()).contains("mercado-sol", "token=***").doesNotContain("token-sol");
        assertThat(new Tenants(List.of(this.sol)).toString()).doesNotContain("token-sol");
    }
}
