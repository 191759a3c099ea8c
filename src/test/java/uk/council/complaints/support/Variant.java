package uk.council.complaints.support;

/** The kinds of browser the tests use; the label is added to the state of each axe scan. */
public enum Variant {
    DESKTOP(""),
    MOBILE("320px"),
    NO_JAVASCRIPT("no JavaScript");

    private final String label;

    Variant(String label) {
        this.label = label;
    }

    /** "normal" becomes "normal, 320px" on a phone screen; unchanged on the desktop. */
    String state(String state) {
        return label.isEmpty() ? state : state + ", " + label;
    }
}
