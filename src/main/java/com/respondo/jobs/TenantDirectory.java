package com.respondo.jobs;

import java.util.List;

/**
 * The ids of the tenants Respondo serves (the {@code id} of each {@code respondo.tempbox.tenants[]} entry), as the
 * jobs see them: {@code tenants: all} means these, and a job file may only name these.
 */
@FunctionalInterface
public interface TenantDirectory {

    /**
     * The tenant ids, in configuration order.
     */
    List<String> ids();
}
