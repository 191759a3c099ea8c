package uk.council.complaints.web;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The council's own name, contact details and colour: configuration, never code. */
@ConfigurationProperties("portal.council")
public class CouncilProperties {
    private String name = "";
    private String serviceName = "";
    private String phone = "";
    private String email = "";
    private String address = "";
    private String openingHours = "";
    private String brandColour = "#1d70b8";
    private String exitPageUrl = "https://www.bbc.co.uk/weather";
    private String feedbackUrl = "/feedback";
    private String dpoEmail = "";
    private String frontDoorPhone = "";
    private String emergencyDutyPhone = "";

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getServiceName() { return serviceName; }
    public void setServiceName(String serviceName) { this.serviceName = serviceName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
    public String getBrandColour() { return brandColour; }
    public void setBrandColour(String brandColour) { this.brandColour = brandColour; }
    public String getExitPageUrl() { return exitPageUrl; }
    public void setExitPageUrl(String exitPageUrl) { this.exitPageUrl = exitPageUrl; }
    public String getFeedbackUrl() { return feedbackUrl; }
    public void setFeedbackUrl(String feedbackUrl) { this.feedbackUrl = feedbackUrl; }
    public String getDpoEmail() { return dpoEmail; }
    public void setDpoEmail(String dpoEmail) { this.dpoEmail = dpoEmail; }
    public String getFrontDoorPhone() { return frontDoorPhone; }
    public void setFrontDoorPhone(String frontDoorPhone) { this.frontDoorPhone = frontDoorPhone; }
    public String getEmergencyDutyPhone() { return emergencyDutyPhone; }
    public void setEmergencyDutyPhone(String emergencyDutyPhone) { this.emergencyDutyPhone = emergencyDutyPhone; }
}
