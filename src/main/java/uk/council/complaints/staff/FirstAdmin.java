package uk.council.complaints.staff;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * There is no default password. On a start with no staff account at all, the first admin is made from
 * {@code PORTAL_ADMIN_EMAIL} and {@code PORTAL_ADMIN_PASSWORD}; once any account exists they are ignored.
 */
@Singleton
class FirstAdmin implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private final StaffAccounts accounts;
    private final String email;
    private final String password;

    FirstAdmin(StaffAccounts accounts,
               @Nullable @Property(name = "portal.admin.email") String email,
               @Nullable @Property(name = "portal.admin.password") String password) {
        this.accounts = accounts;
        this.email = email == null ? "" : email.strip();
        this.password = password == null ? "" : password;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (accounts.anyExists()) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warn("No staff account exists yet. Set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD and restart to create the first admin.");
            return;
        }
        var problem = accounts.passwordProblem(password).or(() -> accounts.problem(email, "Administrator"));
        if (problem.isPresent()) {
            LOG.error("PORTAL_ADMIN_EMAIL / PORTAL_ADMIN_PASSWORD not accepted ({}): no admin was created.", problem.get());
            return;
        }
        try {
            accounts.create(email, "Administrator", StaffRole.ADMIN, password, false);
            LOG.info("Created the first admin account from PORTAL_ADMIN_EMAIL.");
        } catch (RuntimeException e) {
            // Another instance starting at the same moment made it first (the email is unique).
            LOG.info("The first admin account was created by another instance.");
        }
    }
}
