package uk.council.complaints.triage;

/** A team in the routing directory and the mailbox its new-case notices go to. */
public record Team(String name, String mailbox) {

    public Team {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A routing team needs a name (portal.routing)");
        }
        // A typo here would send every notice for the team nowhere, so stop at startup instead.
        if (mailbox == null || !mailbox.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("The mailbox of the routing team '" + name
                    + "' is not an email address: '" + mailbox + "'");
        }
        name = name.strip();
        mailbox = mailbox.strip();
    }
}
