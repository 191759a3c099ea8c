package uk.council.complaints.staff;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** Sign-in and session rules for staff ({@code portal.staff.*}); the defaults here need no YAML. */
@ConfigurationProperties("portal.staff")
public class StaffProperties {
    /** Signed out after this long without a request (WCAG 2.2.1: warned first). */
    private Duration idleTimeout = Duration.ofMinutes(30);
    private Duration warningBefore = Duration.ofMinutes(5);
    /** Signed out after this long whatever happens: a working day. */
    private Duration maxSession = Duration.ofHours(10);
    /** Wrong passwords in a row from one client before that email address is locked, for that client, for {@link #lockout}. */
    private int maxFailures = 5;
    private Duration lockout = Duration.ofMinutes(15);
    /**
     * Sign-in posts one client address may make in {@link #signInPeriod}, whatever the email: a whole office
     * behind one address signing in at nine stays well under it; a password-guessing script does not.
     */
    private long signInAttemptsPerClient = 100;
    private Duration signInPeriod = Duration.ofMinutes(10);
    /** bcrypt work factor: 12 takes about a quarter of a second here. */
    private int bcryptCost = 12;
    private int passwordMinLength = 12;
    /** The cookie is sent only to /staff; Secure whenever the request came over https. */
    private String cookieName = "portal-staff";
    /** The name of the OIDC client under micronaut.security.oauth2.clients (e.g. entra); empty: passwords only. */
    private String oidcClient = "";

    public Duration getIdleTimeout() { return idleTimeout; }
    public void setIdleTimeout(Duration idleTimeout) { this.idleTimeout = idleTimeout; }
    public Duration getWarningBefore() { return warningBefore; }
    public void setWarningBefore(Duration warningBefore) { this.warningBefore = warningBefore; }
    public Duration getMaxSession() { return maxSession; }
    public void setMaxSession(Duration maxSession) { this.maxSession = maxSession; }
    public int getMaxFailures() { return maxFailures; }
    public void setMaxFailures(int maxFailures) { this.maxFailures = maxFailures; }
    public Duration getLockout() { return lockout; }
    public void setLockout(Duration lockout) { this.lockout = lockout; }
    public long getSignInAttemptsPerClient() { return signInAttemptsPerClient; }
    public void setSignInAttemptsPerClient(long signInAttemptsPerClient) { this.signInAttemptsPerClient = signInAttemptsPerClient; }
    public Duration getSignInPeriod() { return signInPeriod; }
    public void setSignInPeriod(Duration signInPeriod) { this.signInPeriod = signInPeriod; }
    public int getBcryptCost() { return bcryptCost; }
    public void setBcryptCost(int bcryptCost) { this.bcryptCost = bcryptCost; }
    public int getPasswordMinLength() { return passwordMinLength; }
    public void setPasswordMinLength(int passwordMinLength) { this.passwordMinLength = passwordMinLength; }
    public String getOidcClient() { return oidcClient; }
    public void setOidcClient(String oidcClient) { this.oidcClient = oidcClient == null ? "" : oidcClient; }
    public String getCookieName() { return cookieName; }
    public void setCookieName(String cookieName) { this.cookieName = cookieName; }
}
