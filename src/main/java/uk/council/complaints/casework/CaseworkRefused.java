package uk.council.complaints.casework;

/** An action the case's state does not allow; the message (a staff bundle key) says why, in words. */
class CaseworkRefused extends RuntimeException {
    private final String messageKey;

    CaseworkRefused(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
