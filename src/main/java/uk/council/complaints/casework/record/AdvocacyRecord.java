package uk.council.complaints.casework.record;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.web.Messages;
import uk.council.complaints.youngperson.AdvocacyReferralRepository;
import uk.council.complaints.youngperson.HelperContactRepository;
import uk.council.complaints.youngperson.LeafletEvents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Was the leaflet shared, and was an advocate asked for?", answered from the young person's feature's
 * records (leaflet events, advocacy referral, contact through a helper), in words for the case page.
 */
@Singleton
public class AdvocacyRecord {
    private final LeafletEvents leaflets;
    private final AdvocacyReferralRepository referrals;
    private final HelperContactRepository helpers;
    private final Messages msg;

    AdvocacyRecord(LeafletEvents leaflets, AdvocacyReferralRepository referrals, HelperContactRepository helpers,
                   Messages msg) {
        this.leaflets = leaflets;
        this.referrals = referrals;
        this.helpers = helpers;
        this.msg = msg;
    }

    @Transactional
    public List<String> lines(long caseId) {
        List<String> lines = new ArrayList<>();
        leaflets.forCase(caseId).forEach(e -> lines.add(msg.get("staff.leaflet." + e.event().name().toLowerCase(Locale.ROOT),
                time(e.occurredAt()))));
        referrals.findById(caseId).ifPresent(r -> lines.add(r.notified()
                ? msg.get("staff.advocacy.referred", time(r.requestedAt()), r.serviceEmail() == null ? "" : r.serviceEmail())
                : msg.get("staff.advocacy.requested", time(r.requestedAt()))));
        helpers.findById(caseId).ifPresent(h -> lines.add(msg.get("staff.advocacy.helper", h.helperName(), h.helperContact())));
        return lines;
    }

    private String time(Instant at) {
        return msg.time(at);
    }
}
