package uk.council.complaints.casework.core;

/** An action the case's state does not allow; the message (a staff bundle key) says why, in words. */
public class CaseworkRefused extends RuntimeException {
    private final String messageKey;

    public CaseworkRefused(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
