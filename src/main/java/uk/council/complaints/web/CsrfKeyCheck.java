package uk.council.complaints.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;

import java.util.Set;

/**
 * The portal refuses to start with the development CSRF signing key (application.yml's default for
 * {@code PORTAL_CSRF_SECRET}) unless the development environment is named ({@code MICRONAUT_ENVIRONMENTS=dev}):
 * with a key anyone can read in the source, anyone could forge the tokens (issue 20, docs/adr/0003-csrf.md).
 */
@Context
class CsrfKeyCheck {
    static final String DEVELOPMENT_KEY = "change-this-csrf-signing-secret-in-production-please";

    CsrfKeyCheck(Environment environment, @Value("${micronaut.security.csrf.signature-key:}") String key) {
        if (refuses(environment.getActiveNames(), key)) {
            throw new IllegalStateException("PORTAL_CSRF_SECRET is not set: the portal does not start with the"
                    + " development CSRF signing key. Set PORTAL_CSRF_SECRET to a long random value (the same on every"
                    + " instance), or name the development environment (MICRONAUT_ENVIRONMENTS=dev) on a developer's machine.");
        }
    }

    static boolean refuses(Set<String> environments, String key) {
        return (key.isBlank() || key.equals(DEVELOPMENT_KEY)) && !environments.contains(Environment.DEVELOPMENT);
    }
}
