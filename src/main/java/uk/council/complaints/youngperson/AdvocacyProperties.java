package uk.council.complaints.youngperson;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The council's commissioned advocacy service. Empty means none configured: the pages then say to ask us. */
@ConfigurationProperties("portal.advocacy")
public class AdvocacyProperties {
    private String providerName = "";
    private String phone = "";
    private String textNumber = "";
    private String email = "";
    private String website = "";
    /** Where "I would like an advocate to contact me" referrals are sent. */
    private String referralEmail = "";

    public boolean isConfigured() {
        return !providerName.isBlank();
    }

    public String getProviderName() { return providerName; }
    public void setProviderName(String providerName) { this.providerName = providerName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getTextNumber() { return textNumber; }
    public void setTextNumber(String textNumber) { this.textNumber = textNumber; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getReferralEmail() { return referralEmail.isBlank() ? email : referralEmail; }
    public void setReferralEmail(String referralEmail) { this.referralEmail = referralEmail; }
}
