package com.respondo.tempbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The configured tenants, looked up by their id (the slug the admin API and the jobs use). */
public final class Tenants {

    private final Map<String, Tenant> byId = new LinkedHashMap<>();

    public Tenants(List<Tenant> tenants) {
        for (Tenant tenant : tenants) {
            if (this.byId.putIfAbsent(tenant.id(), tenant) != null) {
                throw new IllegalArgumentException("Duplicate tenant id '" + tenant.id() + "'");
            }
        }
    }

    /** Every tenant, in configuration order. */
    public List<Tenant> all() {
        return List.copyOf(this.byId.values());
    }

    /** The tenant ids, in configuration order. */
    public List<String> ids() {
        return List.copyOf(this.byId.keySet());
    }

    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(this.byId.get(id));
    }

    /**
     * The tenant with that id.
     * @throws NoSuchElementException naming the known ids when there is none
     */
    public Tenant get(String id) {
        Tenant tenant = this.byId.get(id);
        if (tenant == null) {
            throw new NoSuchElementException("Unknown tenant '" + id + "'; known tenants: " + ids());
        }
        return tenant;
    }

    @Override
    public String toString() {
        return "Tenants" + ids();
    }
}
