package uk.council.complaints.staff;

/** A staff member as other features see them: for assignment lists and the timeline. */
public record StaffMember(long id, String name, String email, StaffRole role, boolean active) {

    /** How the timeline names them: name and email, so two people with one name stay apart. */
    public String actor() {
        return name + " (" + email + ")";
    }
}
