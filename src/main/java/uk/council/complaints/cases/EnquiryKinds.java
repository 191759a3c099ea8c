package uk.council.complaints.cases;

import java.util.List;
import java.util.stream.Stream;

/**
 * The kinds of enquiry the annual report counts apart (issue 21; published reports give pre-complaints, ad hoc and
 * Ombudsman enquiries their own rows): the stored codes of {@code complaint_case.enquiry_kind}, which only an enquiry
 * has. Words: {@code staff.enquiryKind.<code>}.
 */
public final class EnquiryKinds {
    /** What staff choose from when they record an enquiry, or correct its kind. */
    public static final List<String> CHOSEN = List.of("pre-complaint", "ad-hoc", "ombudsman");
    /** An enquiry recorded before its kind was asked (V22): said, never guessed. */
    public static final String NOT_RECORDED = "not-recorded";
    /** Every code an enquiry can hold, in the order the report and the case page give them. */
    public static final List<String> ALL = Stream.concat(CHOSEN.stream(), Stream.of(NOT_RECORDED)).toList();

    private EnquiryKinds() {
    }

    public static String labelKey(String code) {
        return "staff.enquiryKind." + code;
    }

    /** The code as stored, "not recorded" when there is none. */
    public static String orNotRecorded(String code) {
        return code == null ? NOT_RECORDED : code;
    }
}
