package uk.council.complaints.notify;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain text and HTML parts of one email, built from the same blocks so they always say the same.
 * Every text is escaped on the way into HTML; the HTML is simple and styled inline for mail clients.
 */
final class EmailBody {
    private static final String FONT = "font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; ";
    private final List<String[]> blocks = new ArrayList<>();

    EmailBody heading(String text) {
        blocks.add(new String[] {"h", text});
        return this;
    }

    EmailBody para(String text) {
        blocks.add(new String[] {"p", text});
        return this;
    }

    EmailBody link(String text, String url) {
        blocks.add(new String[] {"a", text, url});
        return this;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (String[] block : blocks) {
            switch (block[0]) {
                case "h" -> out.append(block[1]).append('\n').append("-".repeat(Math.min(block[1].length(), 60))).append("\n\n");
                case "a" -> out.append(block[1]).append(":\n").append(block[2]).append("\n\n");
                default -> out.append(block[1]).append("\n\n");
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    String html(String title) {
        StringBuilder out = new StringBuilder(1024)
                .append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(MailText.html(title)).append("</title>\n</head>\n")
                .append("<body style=\"margin: 0; padding: 16px; ").append(FONT).append("font-size: 19px; line-height: 1.4;\">\n")
                .append("<div style=\"max-width: 640px;\">\n");
        for (String[] block : blocks) {
            switch (block[0]) {
                case "h" -> out.append("<h2 style=\"").append(FONT).append("font-size: 24px; margin: 32px 0 16px;\">")
                        .append(MailText.html(block[1])).append("</h2>\n");
                case "a" -> out.append("<p style=\"margin: 0 0 16px;\"><a href=\"").append(MailText.html(block[2]))
                        .append("\" style=\"color: #1d70b8;\">").append(MailText.html(block[1])).append("</a></p>\n");
                default -> out.append("<p style=\"margin: 0 0 16px;\">").append(MailText.html(block[1])).append("</p>\n");
            }
        }
        return out.append("</div>\n</body>\n</html>\n").toString();
    }
}
