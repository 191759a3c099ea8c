package uk.council.complaints.notify;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import uk.council.complaints.web.CouncilProperties;
import uk.council.complaints.web.Messages;
import uk.council.complaints.web.PortalLocales;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The wording of the emails a case causes, from {@code i18n/notify.properties}, as plain text and HTML.
 * Submit code calls {@code outbox.enqueue(caseEmails.acknowledgement(...))} in the case's transaction.
 */
@Singleton
public class CaseEmails {
    private final Messages messages;
    private final CouncilProperties council;
    private final MailProperties mail;
    private final String baseUrl;

    CaseEmails(Messages messages, CouncilProperties council, MailProperties mail,
               @Value("${portal.base-url:`http://localhost:8080`}") String baseUrl) {
        this.messages = messages;
        this.council = council;
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** To the person who asked: reference, what happens next and by when, how to get an advocate, contact details. */
    public OutgoingEmail acknowledgement(AckDetails details) {
        String kind = messages.get("notify.kind." + details.kind().name());
        String reference = MailText.oneLine(details.reference(), 30);
        String name = MailText.oneLine(details.recipientName(), MailText.MAX_NAME);
        String ackBy = messages.date(details.acknowledgeBy(), "dateWithDay");
        LocalDate due = details.responseDue() == null ? details.acknowledgeBy() : details.responseDue();
        String subject = messages.get("notify.ack.subject", kind, reference);
        EmailBody body = new EmailBody()
                .para(name.isEmpty() ? messages.get("notify.ack.greeting.none") : messages.get("notify.ack.greeting", name))
                .para(messages.get("notify.ack.received", kind, reference, council.getName()))
                .para(messages.get("notify.ack.keep"))
                .heading(messages.get("notify.ack.next.heading"))
                .para(messages.get("notify.ack.next." + details.kind().name(), ackBy, messages.date(due, "dateWithDay")))
                .heading(messages.get("notify.ack.advocate.heading"))
                .para(messages.get("notify.ack.advocate", council.getPhone(), council.getEmail()));
        if (details.advocacyLeaflet()) {
            body.para(messages.get("notify.ack.leaflet"))
                    .link(messages.get("notify.ack.leaflet.page"), baseUrl + "/advocacy")
                    .link(messages.get("notify.ack.leaflet.pdf"), baseUrl + "/advocacy/leaflet.pdf");
        }
        body.heading(messages.get("notify.ack.contact.heading"))
                .para(messages.get("notify.ack.contact.phone", council.getPhone(), council.getOpeningHours()))
                .para(messages.get("notify.ack.contact.email", council.getEmail()))
                .para(messages.get("notify.ack.contact.post", council.getAddress()))
                .para(messages.get("notify.ack.reply"))
                .para(messages.get("notify.ack.signoff", council.getServiceName(), council.getName()));
        return new OutgoingEmail(details.caseId(), EmailPurpose.ACKNOWLEDGEMENT, details.recipientEmail(), name,
                subject, body.text(), body.html(subject), details.advocacyLeaflet());
    }

    /** To the team's mailbox: the reference, queue, priority and a link. Nothing about the people. */
    public OutgoingEmail teamNotification(TeamNotice notice) {
        String reference = MailText.oneLine(notice.reference(), 30);
        String queue = MailText.oneLine(notice.queue(), 60);
        String priority = MailText.oneLine(notice.priority(), 20);
        String subject = messages.get("notify.team.subject", reference, queue, priority);
        EmailBody body = new EmailBody()
                .para(messages.get("notify.team.intro", reference, queue, priority))
                .para(messages.get("notify.team.reference", reference))
                .para(messages.get("notify.team.queue", queue))
                .para(messages.get("notify.team.priority", priority))
                .link(messages.get("notify.team.open", reference), baseUrl + "/staff/cases/" + pathSegment(reference))
                .para(messages.get("notify.team.private"));
        return new OutgoingEmail(notice.caseId(), EmailPurpose.TEAM_NOTIFICATION, teamMailbox(notice), null,
                subject, body.text(), body.html(subject), false);
    }

    /**
     * To the advocacy service: a young person asked for an advocate. The reference and the team's
     * number only: the team shares the young person's details with the service by a secure route.
     */
    public OutgoingEmail advocacyReferral(@io.micronaut.core.annotation.Nullable Long caseId, String reference, String mailbox) {
        String ref = MailText.oneLine(reference, 30);
        String subject = messages.get("notify.advocacy.subject", ref);
        EmailBody body = new EmailBody()
                .para(messages.get("notify.advocacy.intro", council.getName(), ref))
                .para(messages.get("notify.advocacy.next", council.getPhone(), council.getEmail()))
                .para(messages.get("notify.advocacy.private"));
        return new OutgoingEmail(caseId, EmailPurpose.ADVOCACY_REFERRAL, mailbox, null, subject, body.text(),
                body.html(subject), false);
    }

    /**
     * "Save and come back later": the link to carry on and the last day it works. None of the answers: the
     * address may be shared or mistyped, so the email says only that there is a form to finish.
     */
    public OutgoingEmail savedDraft(String recipient, String link, java.time.Instant expiresAt) {
        String subject = messages.get("notify.saved.subject", council.getServiceName());
        String until = messages.time(expiresAt);
        EmailBody body = new EmailBody()
                .para(messages.get("notify.saved.intro", council.getName()))
                .link(messages.get("notify.saved.link"), link)
                .para(messages.get("notify.saved.until", until))
                .para(messages.get("notify.saved.once"))
                .para(messages.get("notify.saved.private"))
                .para(messages.get("notify.saved.notYou"))
                .para(messages.get("notify.ack.contact.phone", council.getPhone(), council.getOpeningHours()))
                .para(messages.get("notify.ack.signoff", council.getServiceName(), council.getName()));
        return new OutgoingEmail(null, EmailPurpose.SAVED_DRAFT, recipient, null, subject, body.text(),
                body.html(subject), false);
    }

    private String teamMailbox(TeamNotice notice) {
        if (notice.mailbox() != null && !notice.mailbox().isBlank()) {
            return notice.mailbox();
        }
        return mail.getTeamMailbox().isBlank() ? council.getEmail() : mail.getTeamMailbox();
    }

    /** Percent-encodes all but unreserved characters, so a reference cannot change the link's path. */
    static String pathSegment(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    @Factory
    static class Bundle {
        /** Joins the other bundles through Micronaut's composite message source. */
        @Singleton
        MessageSource notifyMessages(PortalLocales locales) {
            return new ResourceBundleMessageSource("i18n.notify", locales.defaultLocale());
        }
    }
}
