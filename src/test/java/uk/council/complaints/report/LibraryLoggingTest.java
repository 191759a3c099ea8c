package uk.council.complaints.report;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 20.6: the libraries that log through the Log4j API (POI for the spreadsheet, the PDF renderer's PDFBox
 * dependencies) log through the portal's logger (SLF4J, logback) rather than printing "Log4j API could not find a
 * logging provider".
 */
class LibraryLoggingTest {

    @Test
    void theLog4jApiLogsThroughSlf4j() {
        assertEquals("org.apache.logging.slf4j.SLF4JLoggerContext",
                LogManager.getContext(false).getClass().getName());
        assertEquals("org.apache.logging.slf4j.SLF4JLogger",
                LogManager.getLogger(ReportXlsx.class).getClass().getName());
    }
}
