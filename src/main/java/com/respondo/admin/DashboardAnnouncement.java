package com.respondo.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Once the application is ready, says in one INFO line where the dashboard is and how to log in: the user, and the
 * sandbox's public password or that the password is ADMIN_PASSWORD's (a password the operator set is never printed).
 * Nothing without a web server.
 */
final class DashboardAnnouncement implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DashboardAnnouncement.class);

    private final AdminProperties properties;

    private final AdminPassword password;

    DashboardAnnouncement(AdminProperties properties, AdminPassword password) {
        this.properties = properties;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return;
        }
        log.info("Respondo is ready: dashboard at http://{}:{}/admin, user '{}', {}",
                host(environment.getProperty("server.address")), port, properties.user(), password.source());
    }

    /** The address to open: the one the server listens on, or localhost when it listens on all of them. */
    private static String host(String address) {
        if (!StringUtils.hasText(address) || "0.0.0.0".equals(address) || "::".equals(address)) {
            return "localhost";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
