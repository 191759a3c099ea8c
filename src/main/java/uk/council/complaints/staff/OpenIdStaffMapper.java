package uk.council.complaints.staff;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * OIDC sign-in (e.g. Entra ID, docs/adr/0009): the identity provider says who the person is; the portal
 * decides what they may do. Only an email with an active staff account gets in, with that account's role.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class) // else the default mapper makes an account of any identity
class OpenIdStaffMapper implements OpenIdAuthenticationMapper {
    private final StaffUserRepository users;
    private final ExecutorService blocking;

    OpenIdStaffMapper(StaffUserRepository users, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.users = users;
        this.blocking = blocking;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName, OpenIdTokenResponse tokenResponse,
                                                                          OpenIdClaims claims, State state) {
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> map(claims), blocking));
    }

    AuthenticationResponse map(OpenIdClaims claims) {
        // Entra ID puts the sign-in address in preferred_username when the email claim is not released.
        String email = claims.getEmail() != null ? claims.getEmail() : claims.getPreferredUsername();
        return users.findByEmail(SignInService.emailKey(email)).filter(StaffUser::active)
                .map(user -> AuthenticationResponse.success(user.email(), user.role().grantedRoles(),
                        Map.<String, Object>of(StaffActor.USER_ID, user.id(), StaffActor.NAME, user.displayName())))
                .orElseGet(() -> AuthenticationResponse.failure("No active staff account for this sign-in"));
    }
}
