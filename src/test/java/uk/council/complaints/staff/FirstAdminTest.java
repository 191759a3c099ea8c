package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** No default password: the first admin comes from PORTAL_ADMIN_EMAIL / PORTAL_ADMIN_PASSWORD, once. */
class FirstAdminTest {

    @Test
    void theFirstAdminIsMadeFromTheEnvironmentOnlyWhenNoAccountExists() {
        String email = "first-admin-" + System.nanoTime() + "@northfield.example";
        Map<String, Object> properties = Map.of("portal.admin.email", email, "portal.admin.password", "first admin passphrase");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            StaffAccounts accounts = server.getApplicationContext().getBean(StaffAccounts.class);
            boolean freshDatabase = accounts.all().size() == 1;
            if (freshDatabase) { // on a shared PostgreSQL schema other tests' accounts already exist
                FormClient client = new FormClient(server.getURI());
                FormClient.Page page = client.post("/staff/sign-in", "email", email, "password", "first admin passphrase");
                assertEquals(303, page.status());
                assertEquals(200, client.get("/staff/users").status());
            }
            new FirstAdmin(accounts, "someone-else@northfield.example", "another passphrase 1")
                    .onApplicationEvent(null);
            assertEquals(0, accounts.all().stream().filter(m -> m.email().equals("someone-else@northfield.example")).count());
        }
    }
}
